/** Reading a Parquet runs file (merge, analyze) with hyparquet, one row group at a time. */
import { asyncBufferFromFile, parquetMetadataAsync, parquetScan, type FileMetaData } from "hyparquet";
import { InputError } from "../../sim/input-error.js";
import { fileError } from "../errors.js";
import type { ParquetLayout, ReadValues } from "./parquet.js";
import { parquetSchema } from "./parquet.js";

export interface ParquetFile {
  path: string;
  shown: string;
  metadata: FileMetaData;
  /** Top-level column names, in order. */
  columns: string[];
  numRows: number;
  /** The row groups: their rows [rowStart, rowEnd). */
  groups: Array<{ rowStart: number; rowEnd: number }>;
  /** Reads some columns of a range of rows within one row group. */
  read(columns: readonly string[], rowStart: number, rowEnd: number): Promise<ReadValues[]>;
}

/** Opens a Parquet file and reads its footer; an InputError when it is not a (complete) Parquet file. */
export async function openParquet(path: string, shown: string): Promise<ParquetFile> {
  let file;
  try {
    file = await asyncBufferFromFile(path);
  } catch (error) {
    throw fileError(error, shown, "read");
  }
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new InputError(
      shown,
      "",
      `not a complete Parquet file (${(error as Error).message}); an unfinished sweep's runs.parquet ` +
        "gets its footer only when the sweep completes",
    );
  }
  const columns = metadata.schema.slice(1).map((element) => element.name);
  const groups: Array<{ rowStart: number; rowEnd: number }> = [];
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    groups.push({ rowStart, rowEnd });
    rowStart = rowEnd;
  }
  let scan: Awaited<ReturnType<typeof parquetScan>> | undefined;
  return {
    path,
    shown,
    metadata,
    columns,
    numRows: Number(metadata.num_rows),
    groups,
    async read(wanted, start, end) {
      try {
        scan ??= await parquetScan({ file, metadata });
        const values: ReadValues[] = [];
        for (const column of wanted) {
          values.push(await scan.readColumn({ column, rowStart: start, rowEnd: end }));
        }
        return values;
      } catch (error) {
        throw new InputError(shown, "", `cannot be read (${(error as Error).message}); is the file damaged?`);
      }
    },
  };
}

/** Whether a file's schema is the layout's (names, types, repetition, text annotation). */
export function schemaMatches(file: ParquetFile, layout: Pick<ParquetLayout, "columns" | "kinds">): boolean {
  const expected = parquetSchema(layout);
  const found = file.metadata.schema;
  if (found.length !== expected.length) return false;
  return expected.every((element, i) => {
    if (i === 0) return found[0]!.num_children === element.num_children;
    const other = found[i]!;
    return (
      other.name === element.name &&
      other.type === element.type &&
      other.repetition_type === element.repetition_type &&
      (other.converted_type ?? null) === (element.converted_type ?? null) &&
      (other.num_children ?? 0) === 0
    );
  });
}
