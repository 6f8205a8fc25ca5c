package se.samsyn.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.samsyn.models.Codebook;
import se.samsyn.search.StaleIndexException;
import se.samsyn.web.WebServer;

/** {@code samsyn serve}: the search page and JSON API over the index that {@code samsyn run} wrote. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves a search page and a JSON API over the statements indexed by 'samsyn run'.",
        "Listens on 127.0.0.1 unless --host says otherwise; reopens the index when a run updates it.",
        "Stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Mixin
  private IndexOption index;

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 = any free one).")
  private int port = 8080;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  private String host = "127.0.0.1";

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Token the review page's writes must carry (default: none on a loopback --host, else a random one, printed).")
  private String token;

  @Option(names = "--allow-host", paramLabel = "NAME",
      description = {"Also answer requests for this Host name (repeatable), e.g. a name other machines reach this one by.",
          "Without it only the --host address and localhost are answered, which keeps web pages elsewhere from",
          "reading the material through your browser (DNS rebinding)."})
  private List<String> allowedHosts = new ArrayList<>();

  @CommandLine.Mixin
  private CodebookOption codebook;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new UsageException("--port takes 0 to 65535, not " + port);
    }
    if (token != null && !token.matches("[A-Za-z0-9._~-]{8,128}")) {
      throw new UsageException("--token takes 8 to 128 letters, digits or . _ ~ -");
    }
    Path folder = index.folder();
    Codebook principles = codebook.load();
    WebServer server;
    try {
      server = WebServer.start(new WebServer.Settings(folder, host, port, writeToken(), allowedHosts), principles);
    } catch (NoSuchFileException e) {
      throw index.missing();
    } catch (StaleIndexException e) {
      throw new UsageException(e.getMessage());
    } catch (BindException e) {
      throw new UsageException(e.getMessage() + "; choose another --port (0 = any free one) or --host");
    }
    String address = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
    spec.commandLine().getErr().printf("samsyn: serving %s on %s/ (Ctrl-C stops)%n", folder, address);
    if (!writeToken().isEmpty()) {
      spec.commandLine().getErr().printf("samsyn: review page (writes need the token): %s/review#token=%s%n", address,
          writeToken());
    }
    spec.commandLine().getErr().flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "samsyn-serve-stop"));
    stopped.await();
    return ExitCodes.OK;
  }

  /** The --token, else a random one when listening beyond loopback, else none. */
  private String writeToken() {
    if (token == null) {
      token = loopback() ? "" : randomToken();
    }
    return token;
  }

  private static String randomToken() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private boolean loopback() {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
