package dev.cadenza.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** YAML documents (Kubernetes manifests, compose file) read with SnakeYAML's safe constructor. */
final class YamlFiles {

  private YamlFiles() {
  }

  /** One document of a file. */
  record Doc(Path file, Map<String, Object> body) {

    Object get(String key) {
      return body.get(key);
    }

    String kind() {
      return (String) body.get("kind");
    }

    String name() {
      return (String) map(body.get("metadata")).get("name");
    }

    /** The value at a path of map keys, or null. */
    Object at(String... keys) {
      Object value = body;
      for (String key : keys) {
        value = map(value).get(key);
      }
      return value;
    }
  }

  /** Every document of a file (merge keys and anchors resolved). */
  static List<Doc> loadAll(Path file) {
    List<Doc> docs = new ArrayList<>();
    for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(InfraFiles.read(file))) {
      if (doc != null) {
        docs.add(new Doc(file, map(doc)));
      }
    }
    return docs;
  }

  static Map<String, Object> load(Path file) {
    List<Doc> docs = loadAll(file);
    if (docs.size() != 1) {
      throw new AssertionError(file + " holds " + docs.size() + " documents, expected one");
    }
    return docs.get(0).body();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> maps(Object value) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          out.add((Map<String, Object>) m);
        }
      }
    }
    return out;
  }

  static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object o : list) {
        out.add(String.valueOf(o));
      }
    }
    return out;
  }
}
