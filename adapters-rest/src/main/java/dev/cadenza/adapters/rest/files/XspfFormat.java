package dev.cadenza.adapters.rest.files;

import dev.cadenza.domain.playlists.model.ParsedPlaylist;
import dev.cadenza.domain.playlists.model.PlaylistDocument;
import dev.cadenza.domain.playlists.model.PlaylistFileFormat;
import dev.cadenza.domain.shared.model.ValidationException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * XSPF version 1 ({@value #NS}), written with the JDK's {@link XMLStreamWriter} and read with the
 * JDK's {@link XMLStreamReader}, one track at a time.
 *
 * <p>Written: the playlist's {@code title}, {@code creator} (owner), {@code annotation}
 * (description), {@code location} (when known), {@code identifier} ({@code cadenza:playlist:<id>})
 * and {@code date}; per track {@code location} (the song's URL, when known), {@code identifier}
 * ({@code cadenza:song:<id>}), {@code title}, {@code creator} (performer), {@code album} and
 * {@code duration} in milliseconds. Characters XML 1.0 cannot hold (control characters other than
 * tab, CR and LF) become spaces, and an XML parser reads a CR back as LF.
 *
 * <p>Read: the playlist's {@code title} and {@code annotation}, and per track {@code title} and
 * {@code creator}; a track with neither is named by the file name of its first {@code location}.
 * Elements in other namespaces ({@code extension} contents, application metadata) are skipped. A
 * root element without namespace is accepted as XSPF too. Any DOCTYPE is refused before its
 * contents are used: the reader neither loads external entities nor expands entity declarations.
 */
final class XspfFormat {

  static final String NS = "http://xspf.org/ns/0/";

  private XspfFormat() {
  }

  static byte[] write(PlaylistDocument document) {
    StringWriter text = new StringWriter(256 + 256 * document.tracks().size());
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.setDefaultNamespace(NS);
      xml.writeStartElement(NS, "playlist");
      xml.writeDefaultNamespace(NS);
      xml.writeAttribute("version", "1");
      element(xml, 1, "title", document.name());
      element(xml, 1, "creator", document.owner());
      if (document.description().isPresent()) {
        element(xml, 1, "annotation", document.description().get());
      }
      if (document.location().isPresent()) {
        element(xml, 1, "location", document.location().get());
      }
      element(xml, 1, "identifier", Texts.playlistUrn(document));
      element(xml, 1, "date", document.exportedAt().toString());
      indent(xml, 1);
      xml.writeStartElement(NS, "trackList");
      for (PlaylistDocument.Track track : document.tracks()) {
        indent(xml, 2);
        xml.writeStartElement(NS, "track");
        Optional<String> url = Texts.songUrl(document, track.songId());
        if (url.isPresent()) {
          element(xml, 3, "location", url.get());
        }
        element(xml, 3, "identifier", Texts.songUrn(track.songId()));
        element(xml, 3, "title", track.title());
        element(xml, 3, "creator", track.performer());
        if (track.album().isPresent()) {
          element(xml, 3, "album", track.album().get());
        }
        if (track.durationSeconds().isPresent()) {
          element(xml, 3, "duration", String.valueOf(track.durationSeconds().get() * 1000L));
        }
        indent(xml, 2);
        xml.writeEndElement();
      }
      indent(xml, 1);
      xml.writeEndElement();
      indent(xml, 0);
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
      text.write('\n');
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write XSPF", e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void element(XMLStreamWriter xml, int depth, String name, String value)
      throws XMLStreamException {
    indent(xml, depth);
    xml.writeStartElement(NS, name);
    xml.writeCharacters(Texts.xmlSafe(value));
    xml.writeEndElement();
  }

  private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** A JDK StAX factory that refuses to fetch anything and does not process DTDs. */
  private static XMLInputFactory hardenedFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /** Reads {@code text} (already decoded, without BOM) as XSPF. */
  static ParsedPlaylist read(String text, int maxItems) {
    XMLStreamReader xml = null;
    try {
      xml = hardenedFactory().createXMLStreamReader(new StringReader(text));
      return read(xml, new ItemList(maxItems));
    } catch (XMLStreamException e) {
      throw ValidationException.of("file", "is not well-formed XML" + where(e.getLocation()) + ": "
          + reason(e));
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // nothing to release: the reader reads from a string
        }
      }
    }
  }

  private static ParsedPlaylist read(XMLStreamReader xml, ItemList items) throws XMLStreamException {
    String ns = null;
    Optional<String> name = Optional.empty();
    Optional<String> description = Optional.empty();
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        throw ValidationException.of("file", "contains a DOCTYPE declaration, which playlist files must not have");
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw ValidationException.of("file", "uses the undeclared entity &" + xml.getLocalName() + ";");
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (ns == null) {
        String rootNs = nullToEmpty(xml.getNamespaceURI());
        if (!"playlist".equals(xml.getLocalName()) || !(rootNs.equals(NS) || rootNs.isEmpty())) {
          throw ValidationException.of("file", "is XML but not an XSPF playlist (the root element is <"
              + xml.getLocalName() + "> in namespace \"" + rootNs + "\")");
        }
        ns = rootNs;
        continue;
      }
      // a child of <playlist>: the loop's other START_ELEMENTs are consumed by the methods below
      if (!ns.equals(nullToEmpty(xml.getNamespaceURI()))) {
        skipElement(xml);
        continue;
      }
      switch (xml.getLocalName()) {
        case "title" -> name = Texts.clean(elementText(xml));
        case "annotation" -> description = Texts.clean(elementText(xml));
        case "trackList" -> readTrackList(xml, ns, items);
        default -> skipElement(xml);
      }
    }
    if (ns == null) {
      throw ValidationException.of("file", "is XML without any element");
    }
    return new ParsedPlaylist(PlaylistFileFormat.XSPF, name, description, items.items());
  }

  /** Reads the tracks up to {@code </trackList>}; the reader stands on {@code <trackList>}. */
  private static void readTrackList(XMLStreamReader xml, String ns, ItemList items) throws XMLStreamException {
    while (true) {
      int event = next(xml);
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (ns.equals(nullToEmpty(xml.getNamespaceURI())) && "track".equals(xml.getLocalName())) {
          readTrack(xml, ns, items);
        } else {
          skipElement(xml);
        }
      }
    }
  }

  /** Reads one track up to {@code </track>}; the reader stands on {@code <track>}. */
  private static void readTrack(XMLStreamReader xml, String ns, ItemList items) throws XMLStreamException {
    String title = null;
    String creator = null;
    String location = null;
    String identifier = null;
    while (true) {
      int event = next(xml);
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (!ns.equals(nullToEmpty(xml.getNamespaceURI()))) {
        skipElement(xml);
        continue;
      }
      switch (xml.getLocalName()) {
        case "title" -> title = elementText(xml);
        case "creator" -> creator = elementText(xml);
        case "location" -> location = firstNonBlank(location, elementText(xml));
        case "identifier" -> identifier = firstNonBlank(identifier, elementText(xml));
        default -> skipElement(xml);
      }
    }
    Optional<String> cleanTitle = Texts.clean(title);
    Optional<String> cleanCreator = Texts.clean(creator);
    if (cleanTitle.isEmpty() && cleanCreator.isEmpty() && location != null) {
      items.addFromLocation(location);
    } else {
      items.add(cleanTitle, cleanCreator, location, identifier);
    }
  }

  private static String firstNonBlank(String current, String candidate) {
    return current != null || candidate.isBlank() ? current : candidate.strip();
  }

  /**
   * The text inside the current element, including that of any elements nested in it; leaves the
   * reader on the element's end tag.
   */
  private static String elementText(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = next(xml);
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        default -> {
          // comments and processing instructions carry no value
        }
      }
    }
    return text.toString();
  }

  /** Skips the current element and all it contains; leaves the reader on its end tag. */
  private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = next(xml);
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** The next event, refusing entity references the (DTD-less) document cannot have declared. */
  private static int next(XMLStreamReader xml) throws XMLStreamException {
    int event = xml.next();
    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw ValidationException.of("file", "uses the undeclared entity &" + xml.getLocalName() + ";");
    }
    if (event == XMLStreamConstants.END_DOCUMENT) {
      throw new XMLStreamException("the document ends inside an element", xml.getLocation());
    }
    return event;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String where(Location location) {
    if (location == null || location.getLineNumber() < 0) {
      return "";
    }
    return " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
  }

  /** The parser's own explanation, without the location prefix the JDK puts before it. */
  private static String reason(XMLStreamException e) {
    String message = e.getMessage() == null ? "unreadable" : e.getMessage();
    int at = message.indexOf("Message: ");
    String reason = at < 0 ? message : message.substring(at + "Message: ".length());
    return reason.strip();
  }
}
