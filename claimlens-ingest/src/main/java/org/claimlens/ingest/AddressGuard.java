package org.claimlens.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Tells public internet addresses from those a fetched URL must not reach unless the user allows
 * it: the machine itself, its local networks, and addresses that are no destination at all. This is
 * the server-side request forgery (SSRF) guard of {@link UrlFetcher}: without it, a URL in a shared
 * list of sources could make claimlens read a cloud metadata service ({@code 169.254.169.254}) or
 * an admin page on {@code localhost}.
 *
 * <p>IPv6 addresses that carry an IPv4 address (IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible
 * {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}) are judged by the IPv4
 * address they carry. Stateless and thread-safe. Example: {@code
 * AddressGuard.classify(InetAddress.getByName("10.1.2.3"))} is {@link Kind#PRIVATE}.
 */
final class AddressGuard {

  /** What an address is, as far as fetching is concerned. */
  enum Kind {
    PUBLIC("public"),
    LOOPBACK("loopback"),
    PRIVATE("private"),
    LINK_LOCAL("link-local"),
    UNIQUE_LOCAL("unique-local"),
    MULTICAST("multicast"),
    UNSPECIFIED("unspecified"),
    RESERVED("reserved");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  private AddressGuard() {}

  /** The kind of {@code address}, from its bytes alone (no DNS). */
  static Kind classify(InetAddress address) {
    byte[] b = address.getAddress();
    return b.length == 4 ? classify4(b, 0) : classify6(b);
  }

  /**
   * Why fetching from {@code address} is refused ({@code "loopback address 127.0.0.1"}), or empty
   * when it is a public address.
   */
  static Optional<String> refusal(InetAddress address) {
    Kind kind = classify(address);
    return kind == Kind.PUBLIC
        ? Optional.empty()
        : Optional.of(kind.label() + " address " + address.getHostAddress());
  }

  /**
   * Resolves {@code host} and checks every address it resolves to: one non-public address refuses
   * the host, since the connection may go to any of them. Returns the addresses.
   *
   * @throws UrlFetcher.FetchException naming the host and the refused address, or saying that the
   *     host is unknown
   */
  static List<InetAddress> checkHost(String host, boolean allowPrivate)
      throws UrlFetcher.FetchException {
    String literal =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(literal);
    } catch (UnknownHostException e) {
      throw new UrlFetcher.FetchException("unknown host " + host);
    } catch (SecurityException e) {
      throw new UrlFetcher.FetchException("cannot resolve " + host + " (" + e.getMessage() + ")");
    }
    if (!allowPrivate) {
      for (InetAddress address : addresses) {
        Optional<String> refusal = refusal(address);
        if (refusal.isPresent()) {
          String via =
              literal.equalsIgnoreCase(address.getHostAddress()) ? "" : host + " resolves to ";
          throw new UrlFetcher.FetchException(
              "refused: "
                  + via
                  + refusal.get()
                  + " (private addresses are off; --allow-private turns them on)");
        }
      }
    }
    return List.of(addresses);
  }

  private static Kind classify4(byte[] b, int at) {
    int a0 = b[at] & 0xFF;
    int a1 = b[at + 1] & 0xFF;
    int a2 = b[at + 2] & 0xFF;
    if (a0 == 0) {
      return Kind.UNSPECIFIED; // 0.0.0.0/8, "this network"; 0.0.0.0 reaches localhost on Linux
    }
    if (a0 == 127) {
      return Kind.LOOPBACK;
    }
    if (a0 == 10 || (a0 == 172 && (a1 & 0xF0) == 16) || (a0 == 192 && a1 == 168)) {
      return Kind.PRIVATE;
    }
    if (a0 == 100 && (a1 & 0xC0) == 64) {
      return Kind.PRIVATE; // 100.64.0.0/10, carrier-grade NAT: someone's internal network
    }
    if (a0 == 169 && a1 == 254) {
      return Kind.LINK_LOCAL; // cloud metadata services live here
    }
    if (a0 >= 224 && a0 <= 239) {
      return Kind.MULTICAST;
    }
    if (a0 >= 240 // 240.0.0.0/4 reserved, 255.255.255.255 broadcast
        || (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) // IETF protocol, TEST-NET-1
        || (a0 == 198 && (a1 & 0xFE) == 18) // 198.18.0.0/15 benchmarking
        || (a0 == 198 && a1 == 51 && a2 == 100) // TEST-NET-2
        || (a0 == 203 && a1 == 0 && a2 == 113)) { // TEST-NET-3
      return Kind.RESERVED;
    }
    return Kind.PUBLIC;
  }

  private static Kind classify6(byte[] b) {
    boolean first10Zero = true;
    for (int i = 0; i < 10; i++) {
      first10Zero &= b[i] == 0;
    }
    if (first10Zero && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
      return classify4(b, 12); // ::ffff:a.b.c.d, IPv4-mapped
    }
    if (first10Zero && b[10] == 0 && b[11] == 0) {
      boolean upperZero = b[12] == 0 && b[13] == 0 && b[14] == 0;
      if (upperZero && b[15] == 0) {
        return Kind.UNSPECIFIED; // ::
      }
      if (upperZero && b[15] == 1) {
        return Kind.LOOPBACK; // ::1
      }
      return classify4(b, 12); // ::a.b.c.d, the deprecated IPv4-compatible form
    }
    int b0 = b[0] & 0xFF;
    int b1 = b[1] & 0xFF;
    if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
      boolean wellKnown = true;
      for (int i = 4; i < 12; i++) {
        wellKnown &= b[i] == 0;
      }
      if (wellKnown) {
        return classify4(b, 12); // 64:ff9b::/96, NAT64 to the IPv4 address it carries
      }
    }
    if (b0 == 0x20 && b1 == 0x02) {
      return classify4(b, 2); // 2002::/16, 6to4 tunnels to the IPv4 address in bits 16-47
    }
    if (b0 == 0xFF) {
      return Kind.MULTICAST;
    }
    if (b0 == 0xFE && (b1 & 0xC0) == 0x80) {
      return Kind.LINK_LOCAL; // fe80::/10
    }
    if (b0 == 0xFE && (b1 & 0xC0) == 0xC0) {
      return Kind.PRIVATE; // fec0::/10, deprecated site-local
    }
    if ((b0 & 0xFE) == 0xFC) {
      return Kind.UNIQUE_LOCAL; // fc00::/7
    }
    if ((b0 == 0x20 && b1 == 0x01 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8)
        || (b0 == 0x01
            && b1 == 0x00
            && b[2] == 0
            && b[3] == 0
            && b[4] == 0
            && b[5] == 0
            && b[6] == 0
            && b[7] == 0)) {
      return Kind.RESERVED; // 2001:db8::/32 documentation, 100::/64 discard
    }
    return Kind.PUBLIC;
  }
}
