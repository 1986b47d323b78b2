// @ts-check
/**
 * TypeDoc configuration for ppie's API site (`npm run docs`, written to docs/site).
 *
 * A JavaScript file rather than typedoc.json for one reason: `markdownItLoader`, a function,
 * turns off markdown-it's "fuzzy" links, which made a link of any word that looks like a domain
 * ("nihr.ac.uk" quoted as a word, or a file name such as "diagnostics.md", which became
 * http://diagnostics.md). Addresses written with their protocol (https://...) are still links.
 *
 * @type {Partial<import("typedoc").TypeDocOptions>}
 */
const config = {
  name: "ppie",
  entryPoints: [
    "src/index.ts",
    "src/scores/index.ts",
    "src/frameworks/index.ts",
    "src/demo/index.ts",
    "src/io/index.ts",
  ],
  entryPointStrategy: "resolve",
  out: "docs/site",
  readme: "README.md",
  customCss: "docs/site.css",
  projectDocuments: [
    "docs/concepts.md",
    "docs/definitions.md",
    "docs/reference-data.md",
    "docs/reference-ids.md",
    "docs/measures.md",
    "docs/rules.md",
    "docs/diagnostics.md",
    "docs/reports.md",
    "docs/rendering.md",
    "docs/cli.md",
    "docs/io.md",
    "docs/design-choices.md",
    "docs/sources.md",
    "docs/examples.md",
  ],
  tsconfig: "tsconfig.build.json",
  excludePrivate: true,
  excludeInternal: true,
  includeVersion: true,
  categorizeByGroup: false,
  // Search finds words in the comments and the guides too, not only in names: "friends and
  // family" finds fft and the FFT guide.
  searchInComments: true,
  searchInDocuments: true,
  // ...and weighs each item's first paragraph as heavily as its name (see the plugin).
  plugin: ["./scripts/typedoc-plugin-search.mjs"],
  // On every page and in the navigation, functions come before the types of their options
  // and results (the default puts interfaces and type aliases first).
  kindSortOrder: [
    "Document",
    "Project",
    "Module",
    "Namespace",
    "Function",
    "Variable",
    "Class",
    "Enum",
    "EnumMember",
    "Interface",
    "TypeAlias",
    "Constructor",
    "Property",
    "Accessor",
    "Method",
    "Parameter",
    "TypeParameter",
    "TypeLiteral",
    "CallSignature",
    "ConstructorSignature",
    "IndexSignature",
    "GetSignature",
    "SetSignature",
    "Reference",
  ],
  // The main API first on each page: reading data, checking it, measuring it, reporting it;
  // then reference data and the supporting types.
  categoryOrder: [
    "Parsing",
    "Model",
    "Rules",
    "Scores",
    "Statistics",
    "Reports",
    "Render",
    "Report formatting",
    "Frameworks",
    "Reference population",
    "Payments",
    "Periods",
    "Sources",
    "Result",
    "Formatting",
    "Schemas",
    "Demo",
    "*",
    "Other",
  ],
  groupOrder: ["Functions", "Variables", "Classes", "Enumerations", "Interfaces", "Type Aliases", "*"],
  // No "Defined in" links: the package has no public repository to link to, and without one
  // TypeDoc would print paths of the machine that built the site.
  disableSources: true,
  // Every broken {@link}, relative link or anchor is an error, not a warning.
  validation: {
    notExported: true,
    invalidLink: true,
    invalidPath: true,
    rewrittenLink: true,
    notDocumented: true,
    unusedMergeModuleWith: true,
  },
  requiredToBeDocumented: [
    "Enum",
    "EnumMember",
    "Variable",
    "Function",
    "Class",
    "Interface",
    "TypeAlias",
    "Accessor",
    "Method",
  ],
  treatWarningsAsErrors: true,
  treatValidationWarningsAsErrors: true,
  intentionallyNotExported: [
    "OPTIONS",
    "REPRESENTATION_DIMENSION_IDS",
    // the declaration tables of the codes of ppie/io (docs/diagnostics.md lists them)
    "CSV_CODES",
    "DECODE_CODES",
    "DUPLICATE_KEY_CODES",
    "ENCODING_CODES",
    "JSON_CODES",
    "LIMIT_CODES",
    "LOAD_CODES",
    "WORKBOOK_CODES",
    "YAML_CODES",
    // schemas of parts of a record, reached through their record's schema (e.g.
    // EngagementEventSchema.shape.reach); their types are exported, the schemas are not, to keep
    // the root entry within its 120 runtime values
    "EventReachSchema",
    "HeadcountSchema",
    "MemberCountSchema",
    "PositionSchema",
    "StorySharingSchema",
  ],
  markdownItLoader(parser) {
    parser.linkify.set({ fuzzyLink: false });
  },
};

export default config;
