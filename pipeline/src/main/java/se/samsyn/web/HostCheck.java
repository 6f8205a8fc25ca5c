package se.samsyn.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers only requests whose {@code Host} names this server: the address it is bound to,
 * {@code localhost} and the loopback addresses, the machine's own addresses and name when bound to
 * all of them, and the names given with {@code --allow-host}. A web page elsewhere that points a
 * name of its own at this server (DNS rebinding) gets 421 and never sees the material.
 */
final class HostCheck {
  private static final Logger LOG = LoggerFactory.getLogger(HostCheck.class);
  static final int MISDIRECTED = 421;

  private final Set<String> allowed = new HashSet<>();

  HostCheck(String boundHost, Collection<String> extra) {
    allowed.addAll(Set.of("localhost", "127.0.0.1", "::1"));
    allowed.add(normal(boundHost));
    extra.forEach(host -> allowed.add(normal(host)));
    if (isWildcard(boundHost)) {
      addMachineNames();
    }
  }

  /** True when the request may go on; otherwise the answer is set. */
  boolean admits(Context ctx) {
    String host = hostOf(ctx.header("Host"));
    if (host != null && allowed.contains(host)) {
      return true;
    }
    LOG.warn("refused a request for Host '{}' (allow it with --allow-host)", ctx.header("Host"));
    return false;
  }

  /** The host of a {@code Host} header without its port, lower case; null when missing. */
  static String hostOf(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    if (value.startsWith("[")) {
      int end = value.indexOf(']');
      return end < 0 ? null : normal(value.substring(1, end));
    }
    int colon = value.indexOf(':');
    return normal(colon < 0 ? value : value.substring(0, colon));
  }

  private static String normal(String host) {
    String plain = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    return plain.toLowerCase(Locale.ROOT);
  }

  private static boolean isWildcard(String host) {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
  }

  private void addMachineNames() {
    try {
      InetAddress local = InetAddress.getLocalHost();
      allowed.add(normal(local.getHostName()));
      allowed.add(normal(local.getCanonicalHostName()));
    } catch (UnknownHostException e) {
      LOG.debug("no name for this machine", e);
    }
    try {
      for (NetworkInterface face : NetworkInterface.networkInterfaces().toList()) {
        face.inetAddresses().forEach(address -> allowed.add(normal(address.getHostAddress().replaceAll("%.*", ""))));
      }
    } catch (SocketException e) {
      LOG.debug("cannot list this machine's addresses", e);
    }
  }
}
