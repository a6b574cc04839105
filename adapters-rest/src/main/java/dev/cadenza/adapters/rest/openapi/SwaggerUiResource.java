package dev.cadenza.adapters.rest.openapi;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * {@code /docs}: Swagger UI, served from the {@code org.webjars:swagger-ui} jar on the classpath (no
 * CDN), pointed at {@code /openapi.json}.
 */
@Path("/docs")
@Hidden
public class SwaggerUiResource {

  private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
  private static final String WEBJAR_ROOT = "META-INF/resources/webjars/swagger-ui/";
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final Map<String, String> TYPES = Map.of(
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "html", "text/html; charset=utf-8",
      "png", "image/png",
      "map", "application/json",
      "txt", "text/plain; charset=utf-8");

  static final String INDEX = """
      <!DOCTYPE html>
      <html lang="en">
        <head>
          <meta charset="UTF-8">
          <base href="%s">
          <title>Cadenza API</title>
          <link rel="stylesheet" type="text/css" href="swagger-ui.css">
          <link rel="icon" type="image/png" href="favicon-32x32.png" sizes="32x32">
          <style>body { margin: 0; }</style>
        </head>
        <body>
          <div id="swagger-ui"></div>
          <script src="swagger-ui-bundle.js" charset="UTF-8"></script>
          <script src="swagger-ui-standalone-preset.js" charset="UTF-8"></script>
          <script src="swagger-initializer.js" charset="UTF-8"></script>
        </body>
      </html>
      """;

  /** Points the UI at the document, below the same root path as the page. */
  static final String INITIALIZER = """
      window.onload = function () {
        window.ui = SwaggerUIBundle({
          url: "%s",
          dom_id: "#swagger-ui",
          deepLinking: true,
          presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
          plugins: [SwaggerUIBundle.plugins.DownloadUrl],
          layout: "StandaloneLayout"
        });
      };
      """;

  private final String assets;

  public SwaggerUiResource() {
    this.assets = WEBJAR_ROOT + webjarVersion() + "/";
  }

  private static String webjarVersion() {
    Properties properties = new Properties();
    try (InputStream in = SwaggerUiResource.class.getClassLoader().getResourceAsStream(WEBJAR_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("org.webjars:swagger-ui is not on the classpath");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WEBJAR_PROPERTIES, e);
    }
    String version = properties.getProperty("version");
    if (version == null || version.isBlank()) {
      throw new IllegalStateException(WEBJAR_PROPERTIES + " names no version");
    }
    return version.strip();
  }

  /** The page, at {@code /docs} and {@code /docs/}: its base makes the relative asset links resolve under /docs/. */
  @GET
  public Response index(@Context UriInfo uriInfo) {
    return page(uriInfo);
  }

  @GET
  @Path("{file}")
  public Response file(@PathParam("file") String file, @Context UriInfo uriInfo) {
    if ("index.html".equals(file)) {
      return page(uriInfo);
    }
    if ("swagger-initializer.js".equals(file)) {
      String script = INITIALIZER.formatted(jsString(basePath(uriInfo) + "openapi.json"));
      return Response.ok(script, TYPES.get("js")).cacheControl(noCache()).build();
    }
    String type = FILE_NAME.matcher(file).matches() ? TYPES.get(extension(file)) : null;
    InputStream content = type == null ? null : getClass().getClassLoader().getResourceAsStream(assets + file);
    if (content == null) {
      throw new NotFoundException();
    }
    CacheControl cache = new CacheControl();
    cache.setMaxAge(86_400);
    return Response.ok(content, type).cacheControl(cache).build();
  }

  /** The path Jersey serves below, ending in a slash: {@code /} unless the server has a root path. */
  private static String basePath(UriInfo uriInfo) {
    String base = uriInfo.getBaseUri().getRawPath();
    return base.endsWith("/") ? base : base + "/";
  }

  private static Response page(UriInfo uriInfo) {
    String html = INDEX.formatted(htmlAttribute(basePath(uriInfo) + "docs/"));
    return Response.ok(html, TYPES.get("html")).cacheControl(noCache()).build();
  }

  private static String jsString(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c");
  }

  private static String htmlAttribute(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static CacheControl noCache() {
    CacheControl cache = new CacheControl();
    cache.setNoCache(true);
    return cache;
  }

  private static String extension(String file) {
    int dot = file.lastIndexOf('.');
    return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
