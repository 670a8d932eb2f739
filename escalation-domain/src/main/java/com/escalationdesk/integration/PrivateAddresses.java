package com.escalationdesk.integration;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * The addresses a webhook is not sent to unless an admin allows it: this machine and the private
 * networks behind it (loopback, RFC 1918, carrier-grade NAT, link-local and cloud metadata, unique
 * local IPv6, the unspecified and multicast addresses). A desk that posted wherever it was told
 * could be turned on the services only it can reach.
 */
public final class PrivateAddresses {

    private PrivateAddresses() {
    }

    public static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7, unique local
            return (b[0] & 0xfe) == 0xfc;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        // 0.0.0.0/8 "this network"; 100.64.0.0/10 carrier-grade NAT; 198.18.0.0/15 benchmarking
        return first == 0 || first == 100 && second >= 64 && second <= 127 || first == 198 && (second == 18 || second == 19);
    }
}
