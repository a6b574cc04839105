package dev.cadenza.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One OpenTofu module (a directory of {@code .tf} files): its files' texts, and one parse of all
 * of them together with {@code variables.tf} first, so that hcl4j evaluates {@code var.x} to the
 * variable's default where it has one.
 */
record TfModule(Path dir, Map<String, String> files, Map<String, Object> model) {

  static TfModule load(Path dir) {
    Map<String, String> files = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(p -> p.getFileName().toString().endsWith(".tf"))
          .sorted(Comparator.comparing((Path p) -> !p.getFileName().toString().equals("variables.tf"))
              .thenComparing(p -> p.getFileName().toString()))
          .forEach(p -> files.put(p.getFileName().toString(), InfraFiles.read(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .tf files in " + dir);
    }
    return new TfModule(dir, files, Hcl.parse(String.join("\n", files.values())));
  }

  /** The root module and every module under {@code modules/}. */
  static List<TfModule> all() {
    Path root = InfraFiles.path("opentofu");
    List<TfModule> modules = new ArrayList<>();
    modules.add(load(root));
    try (Stream<Path> dirs = Files.list(root.resolve("modules"))) {
      dirs.filter(Files::isDirectory).sorted().forEach(d -> modules.add(load(d)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return modules;
  }

  static TfModule root() {
    return load(InfraFiles.path("opentofu"));
  }

  static TfModule module(String name) {
    return load(InfraFiles.path("opentofu/modules/" + name));
  }

  String name() {
    return dir.getFileName().toString();
  }

  String text() {
    return String.join("\n", files.values());
  }

  /** Top-level blocks of a kind with one label (variable, output, module): label to body. */
  Map<String, Map<String, Object>> named(String kind) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (Map<String, Object> group : Hcl.blocks(model.get(kind))) {
      group.forEach((label, body) -> out.put(label, Hcl.map(body)));
    }
    return out;
  }

  Map<String, Map<String, Object>> variables() {
    return named("variable");
  }

  Map<String, Map<String, Object>> outputs() {
    return named("output");
  }

  Map<String, Map<String, Object>> modules() {
    return named("module");
  }

  /** Resources of one type: name to body. */
  Map<String, Map<String, Object>> resources(String type) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (Map<String, Object> group : Hcl.blocks(model.get("resource"))) {
      Hcl.map(group.get(type)).forEach((name, body) -> out.put(name, Hcl.map(body)));
    }
    return out;
  }

  Map<String, Object> resource(String type, String name) {
    Map<String, Object> body = resources(type).get(name);
    if (body == null) {
      throw new AssertionError("module " + name() + " has no resource " + type + "." + name);
    }
    return body;
  }

  /** The source text of a block, e.g. {@code blockText("resource", "aws_lb", "this")}. */
  Optional<String> blockText(String kind, String... labels) {
    for (String text : files.values()) {
      Optional<String> block = Hcl.blockText(text, kind, labels);
      if (block.isPresent()) {
        return block;
      }
    }
    return Optional.empty();
  }

  String requireBlockText(String kind, String... labels) {
    return blockText(kind, labels).orElseThrow(
        () -> new AssertionError("module " + name() + " has no block " + kind + " " + String.join(" ", labels)));
  }
}
