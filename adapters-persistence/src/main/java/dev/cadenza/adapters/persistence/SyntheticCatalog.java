package dev.cadenza.adapters.persistence;

import java.util.Random;

/**
 * Made-up but plausible catalog text for the seed command: titles from a few hundred words in a
 * dozen shapes, solo artists and bands, real genre names, so that substring searches ("love",
 * "night", "blue") find a realistic share of the songs.
 */
final class SyntheticCatalog {

  private static final String[] ADJECTIVES = {
      "Blue", "Golden", "Silent", "Electric", "Broken", "Endless", "Midnight", "Wild", "Lonely", "Crimson",
      "Velvet", "Hidden", "Burning", "Frozen", "Sweet", "Restless", "Lost", "Bright", "Dark", "Gentle",
      "Hollow", "Neon", "Silver", "Secret", "Distant", "Falling", "Rising", "Faded", "Little", "Painted",
      "Wandering", "Quiet", "Heavy", "Sacred", "Strange", "Tender", "Savage", "Radiant", "Bitter", "Northern",
      "Southern", "Paper", "Glass", "Stone", "Paper-Thin", "Shining", "Drifting", "Sleepless", "Shimmering", "Holy",
      "Crazy", "Lazy", "Cosmic", "Analog", "Digital", "Rusty", "Smoky", "Misty", "Stormy", "Sunny"};
  private static final String[] NOUNS = {
      "Love", "Night", "Heart", "River", "Fire", "Rain", "Moon", "Sun", "Dream", "Road", "Ocean", "City",
      "Light", "Shadow", "Star", "Sky", "Storm", "Summer", "Winter", "Garden", "Train", "Highway", "Angel",
      "Ghost", "Memory", "Mirror", "Window", "Door", "Song", "Dance", "Echo", "Flame", "Horizon", "Island",
      "Kingdom", "Letter", "Machine", "Morning", "Mountain", "Paradise", "Rose", "Sea", "Silence", "Smoke",
      "Soul", "Thunder", "Tide", "Valley", "Wave", "Wind", "World", "Diamond", "Desert", "Forest", "Harbor",
      "Lantern", "Meadow", "Orchid", "Satellite", "Serenade", "Skyline", "Stranger", "Sunrise", "Sunset",
      "Whisper", "Wolf", "Raven", "Lullaby", "Carnival", "Cathedral", "Boulevard", "Avenue", "Canyon",
      "Comet", "Daydream", "Ember", "Feather", "Galaxy", "Hurricane", "Jungle", "Lagoon", "Melody"};
  private static final String[] VERBS = {
      "Dancing", "Running", "Waiting", "Dreaming", "Falling", "Chasing", "Burning", "Flying", "Walking",
      "Singing", "Crying", "Holding", "Leaving", "Calling", "Breaking", "Finding", "Losing", "Riding",
      "Shining", "Fading", "Drifting", "Turning", "Hiding", "Searching", "Whispering", "Waking"};
  private static final String[] PLACES = {
      "Paris", "Memphis", "Tokyo", "Berlin", "Havana", "Lisbon", "Chicago", "New Orleans", "Harlem", "Brooklyn",
      "Rio", "Dublin", "Vienna", "Cairo", "Kingston", "Lagos", "Seoul", "Oslo", "Nashville", "Detroit",
      "Bombay", "Marseille", "Naples", "Istanbul", "Montreal", "Santiago", "Reykjavik", "Athens"};
  private static final String[] FIRST_NAMES = {
      "Ada", "Aretha", "Billie", "Bob", "Carla", "Chet", "Dinah", "Django", "Ella", "Etta", "Frank", "Gil",
      "Hank", "Iggy", "Janis", "Johnny", "Karen", "Leon", "Lucia", "Marvin", "Miles", "Nina", "Otis", "Patti",
      "Quincy", "Ray", "Rosa", "Sade", "Sam", "Stevie", "Tina", "Tom", "Ursula", "Van", "Wanda", "Willie",
      "Xavier", "Yoko", "Zoe", "Amara", "Bruno", "Camila", "Dmitri", "Elif", "Farah", "Goran", "Hana", "Ines",
      "Jonas", "Kenji", "Lena", "Mateo", "Noor", "Olga", "Pablo", "Rania", "Sven", "Tariq", "Valentina",
      "Yusuf"};
  private static final String[] LAST_NAMES = {
      "Adams", "Baker", "Coleman", "Davis", "Evans", "Fitzgerald", "Garcia", "Holiday", "Irving", "Jackson",
      "King", "Lewis", "Monroe", "Nelson", "Owens", "Parker", "Quinn", "Reed", "Simone", "Turner", "Underwood",
      "Vance", "Waters", "Young", "Zimmer", "Almeida", "Bergman", "Castillo", "Dubois", "Eriksen", "Fontaine",
      "Grant", "Hansen", "Ivanova", "Jovanovic", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor",
      "Petrov", "Rossi", "Schneider", "Tanaka", "Varga", "Weber", "Yilmaz", "Zapata", "Brooks", "Carter",
      "Dawson", "Ellis", "Foster", "Gray", "Hayes", "Jordan", "Knight", "Lowe", "Marsh", "Nash"};
  private static final String[] BAND_NOUNS = {
      "Rebels", "Drifters", "Dreamers", "Strangers", "Wolves", "Ravens", "Saints", "Sinners", "Echoes",
      "Lovers", "Pilots", "Sailors", "Ghosts", "Kings", "Queens", "Rangers", "Ramblers", "Shadows", "Comets",
      "Satellites", "Machines", "Tigers", "Foxes", "Owls", "Orchestra", "Quartet", "Trio", "Collective",
      "Brothers", "Sisters", "Band", "Ensemble"};
  static final String[] GENRES = {
      "Rock", "Pop", "Jazz", "Blues", "Soul", "Funk", "Disco", "Reggae", "Hip Hop", "R&B", "Country", "Folk",
      "Electronic", "House", "Techno", "Ambient", "Classical", "Opera", "Metal", "Punk", "Indie", "Grunge",
      "Gospel", "Latin", "Salsa", "Bossa Nova", "Samba", "Afrobeat", "K-Pop", "Soundtrack", "Delta Blues",
      "Bebop", "Swing", "Trip Hop", "Drum and Bass"};

  private final Random random;

  SyntheticCatalog(Random random) {
    this.random = random;
  }

  String songTitle() {
    String title = switch (random.nextInt(12)) {
      case 0 -> pick(ADJECTIVES) + " " + pick(NOUNS);
      case 1 -> "The " + pick(ADJECTIVES) + " " + pick(NOUNS);
      case 2 -> pick(NOUNS) + " of " + pick(NOUNS);
      case 3 -> pick(VERBS) + " in the " + pick(NOUNS);
      case 4 -> pick(VERBS) + " " + pick(NOUNS);
      case 5 -> pick(NOUNS) + " in " + pick(PLACES);
      case 6 -> "Songs for a " + pick(ADJECTIVES) + " " + pick(NOUNS);
      case 7 -> pick(ADJECTIVES) + " " + pick(NOUNS) + " Blues";
      case 8 -> pick(NOUNS) + " & " + pick(NOUNS);
      case 9 -> "Another " + pick(NOUNS);
      case 10 -> pick(VERBS) + " Through the " + pick(ADJECTIVES) + " " + pick(NOUNS);
      default -> pick(NOUNS);
    };
    return random.nextInt(20) == 0 ? title + " (Live)" : random.nextInt(25) == 0 ? title + " - Remastered" : title;
  }

  String albumTitle() {
    return switch (random.nextInt(7)) {
      case 0 -> pick(ADJECTIVES) + " " + pick(NOUNS);
      case 1 -> "Live in " + pick(PLACES);
      case 2 -> "The " + pick(NOUNS) + " Sessions";
      case 3 -> pick(NOUNS) + "s";
      case 4 -> "Greatest Hits Vol. " + (1 + random.nextInt(5));
      case 5 -> pick(VERBS) + " " + pick(ADJECTIVES);
      default -> pick(NOUNS) + " " + pick(NOUNS);
    };
  }

  String performer() {
    return switch (random.nextInt(5)) {
      case 0, 1 -> pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
      case 2 -> "The " + pick(ADJECTIVES) + " " + pick(BAND_NOUNS);
      case 3 -> pick(FIRST_NAMES) + " " + pick(LAST_NAMES) + " " + pick(BAND_NOUNS);
      default -> pick(NOUNS) + " " + pick(BAND_NOUNS);
    };
  }

  String genre() {
    return pick(GENRES);
  }

  /** Between 1950 and {@code maxYear}, more of them recent. */
  int year(int maxYear) {
    int span = maxYear - 1950 + 1;
    int a = random.nextInt(span);
    int b = random.nextInt(span);
    return 1950 + Math.max(a, b);
  }

  /** Mostly two to six minutes; a few songs have no duration. */
  Integer durationSeconds() {
    return random.nextInt(30) == 0 ? null : 90 + random.nextInt(360);
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }
}
