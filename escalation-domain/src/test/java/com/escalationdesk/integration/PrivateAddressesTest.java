package com.escalationdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class PrivateAddressesTest {

    @Test
    void thisMachineAndPrivateNetworksArePrivate() throws UnknownHostException {
        for (String address : new String[] {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
                "169.254.169.254", "100.64.0.1", "100.127.255.254", "0.0.0.0", "198.18.0.1", "224.0.0.1", "::1", "::", "fe80::1",
                "fd12:3456:789a::1", "fc00::1", "ff02::1"}) {
            assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    @Test
    void publicAddressesAreNot() throws UnknownHostException {
        for (String address : new String[] {"8.8.8.8", "172.32.0.1", "100.128.0.1", "193.0.0.1", "2001:4860:4860::8888",
                "172.15.255.255", "198.20.0.1"}) {
            assertThat(PrivateAddresses.isPrivate(InetAddress.getByName(address))).as(address).isFalse();
        }
    }
}
