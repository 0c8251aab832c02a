/**
 * The wall concern's public module: the situation-room summary. Owns no table.
 * Other concerns import from this file only (eslint.config.js: concern-boundaries).
 */
