/**
 * Reading and writing the tables that every import, department feed, export and findings file uses
 * (contracts/feeds.md).
 *
 * <ul>
 *   <li>{@link org.doudi.tabular.TableReader}: CSV (UTF-8 with or without BOM, or GBK/GB18030, decided
 *       strictly from the bytes and refused when undecidable) or the first sheet of an .xlsx workbook,
 *       streamed row by row with true line numbers; columns by name in any order.</li>
 *   <li>{@link org.doudi.tabular.Values}: strict parsers of dates, amounts in 元, integers, yes/no and
 *       enum names, returning {@link org.doudi.tabular.Parsed} values or
 *       {@link org.doudi.tabular.ValueProblem}s, never throwing on user data.</li>
 *   <li>{@link org.doudi.tabular.TableWriter}: deterministic UTF-8 CSV, or .xlsx with every cell as
 *       text.</li>
 * </ul>
 *
 * A file that cannot be read at all is a {@link org.doudi.tabular.TableException} with a stable code and
 * a Chinese message; a cell that cannot be read is a {@code ValueProblem} for the rejected-rows file.
 */
package org.doudi.tabular;
