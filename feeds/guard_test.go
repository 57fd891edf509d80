package feeds

import (
	"net/netip"
	"testing"
)

func TestIsPublic(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"93.184.215.14", true},
		{"2606:2800:21f:cb07:6820:80da:af6b:8b2c", true},
		{"8.8.8.8", true},
		{"127.0.0.1", false},
		{"127.45.6.7", false},
		{"::1", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"172.31.255.254", false},
		{"192.168.1.1", false},
		{"169.254.169.254", false}, // cloud metadata
		{"169.254.0.1", false},
		{"100.64.0.1", false}, // carrier-grade NAT
		{"100.127.255.255", false},
		{"0.0.0.0", false},
		{"::", false},
		{"224.0.0.1", false},
		{"ff02::1", false},
		{"fe80::1", false},
		{"fc00::1", false},
		{"fd12:3456::1", false},
		{"::ffff:127.0.0.1", false}, // IPv4-mapped loopback
		{"::ffff:10.0.0.1", false},
		{"255.255.255.255", false},
		{"198.18.0.1", false},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			if got := isPublic(netip.MustParseAddr(tt.addr)); got != tt.want {
				t.Errorf("isPublic(%s) = %v, want %v", tt.addr, got, tt.want)
			}
		})
	}
}

func TestGuardControl(t *testing.T) {
	if err := guardControl("tcp4", "127.0.0.1:80", nil); err == nil {
		t.Error("guardControl allowed 127.0.0.1")
	}
	if err := guardControl("tcp6", "[fd00::1]:443", nil); err == nil {
		t.Error("guardControl allowed fd00::1")
	}
	if err := guardControl("tcp4", "93.184.215.14:443", nil); err != nil {
		t.Errorf("guardControl refused a public address: %v", err)
	}
}
