package org.clockwise.web.signin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13 item 2: X-Forwarded-For is believed from configured proxies only. */
class ClientAddressTest {

    @Test
    void withNoTrustedProxiesTheHeaderIsIgnored() {
        ClientAddress none = new ClientAddress(List.of());
        assertEquals("127.0.0.1", none.resolve("127.0.0.1", List.of("192.0.2.55")));
    }

    @Test
    void aTrustedProxysHeaderIsReadFromTheRightSkippingTrustedHops() {
        ClientAddress proxies = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.5"));
        assertEquals("198.51.100.9", proxies.resolve("10.1.2.3", List.of("198.51.100.9")));
        assertEquals("198.51.100.9", proxies.resolve("10.1.2.3", List.of("6.6.6.6, 198.51.100.9, 192.168.1.5")),
                "a client cannot choose its address by writing one in front");
        assertEquals("10.1.2.3", proxies.resolve("10.1.2.3", List.of("not-an-ip")));
        assertEquals("203.0.113.4", proxies.resolve("203.0.113.4", List.of("198.51.100.9")), "an untrusted peer's header is ignored");
    }

    @Test
    void aBadEntryIsNamedAtStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("proxy.example")));
        assertTrue(e.getMessage().equals("clockwise.security.trusted-proxies must be IP addresses or CIDR blocks, was proxy.example"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("::1/129")));
    }
}
