/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** A tile URL template (such as "https://tiles.example.org/{z}/{x}/{y}.png") for the map island; none by default. */
  readonly PUBLIC_MAP_TILES?: string;
  /** The attribution the tile provider requires. */
  readonly PUBLIC_MAP_TILES_ATTRIBUTION?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
