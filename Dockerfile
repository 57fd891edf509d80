# syntax=docker/dockerfile:1
# parley: one static binary on a distroless base, running as non-root.
#   docker build -t parley .
#   docker run -d -v parley-data:/data -v $PWD/parley.toml:/config/parley.toml:ro \
#     -e DISCORD_TOKEN=... parley
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/parley ./cmd/parley \
 && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/parley /usr/local/bin/parley
# The store lives on the /data volume; the config is mounted read-only.
COPY --from=build --chown=65532:65532 /out/data /data
VOLUME ["/data"]
WORKDIR /data
USER 65532:65532
EXPOSE 9090
# The daemon is the entry point; flags may follow it. Other commands:
#   docker run --rm -v parley-data:/data --entrypoint /usr/local/bin/parley parley items --db /data/parley.db
ENTRYPOINT ["/usr/local/bin/parley", "run"]
CMD ["--config", "/config/parley.toml", "--db", "/data/parley.db"]
