//! Writing rows of named columns as a table, CSV, JSON or JSON Lines.
//!
//! Reports decide what the rows are; this module only decides how they look.
//! CSV, JSON and JSON Lines stream row by row, so a listing of any length
//! uses little memory; a table is laid out once all its rows are known.
//! Amounts are exact decimal text everywhere (a string in JSON), dates are
//! `YYYY-MM-DD`, and missing values are empty cells or JSON `null`.

use std::io::{self, Write};

use anyhow::Result;
use chrono::NaiveDate;
use comfy_table::{Cell, CellAlignment, ContentArrangement, LineStyle, Table, TableStyle};
use rust_decimal::Decimal;
use serde_json::{Map, Value as Json};

/// How records are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for people, fitted to the terminal.
    #[default]
    Table,
    /// Comma-separated values with a header row.
    Csv,
    /// One JSON array of objects.
    Json,
    /// One JSON object per line.
    Jsonl,
}

/// One cell of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Text(String),
    Int(i64),
    Bool(bool),
    Money(Decimal),
    Date(NaiveDate),
    List(Vec<String>),
    /// Nested records, such as a customer's contacts: an array of objects in
    /// JSON, one line per record in text.
    Objects(Vec<Vec<(String, Value)>>),
}

impl Value {
    /// Text, or `Null` when there is none.
    pub fn text(text: Option<&str>) -> Value {
        text.map_or(Value::Null, |t| Value::Text(t.to_string()))
    }

    /// The cell as plain text, as CSV and tables show it.
    pub fn to_text(&self) -> String {
        match self {
            Value::Null => String::new(),
            Value::Text(text) => text.clone(),
            Value::Int(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Money(amount) => amount.to_string(),
            Value::Date(date) => date.format("%Y-%m-%d").to_string(),
            Value::List(items) => items.join(";"),
            Value::Objects(records) => records
                .iter()
                .map(|fields| {
                    fields
                        .iter()
                        .filter(|(_, v)| *v != Value::Null)
                        .map(|(_, v)| v.to_text())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    fn to_json(&self) -> Json {
        match self {
            Value::Null => Json::Null,
            Value::Int(n) => Json::from(*n),
            Value::Bool(b) => Json::Bool(*b),
            Value::List(items) => Json::Array(items.iter().cloned().map(Json::String).collect()),
            Value::Objects(records) => Json::Array(
                records
                    .iter()
                    .map(|fields| {
                        Json::Object(
                            fields
                                .iter()
                                .map(|(name, v)| (name.clone(), v.to_json()))
                                .collect(),
                        )
                    })
                    .collect(),
            ),
            other => Json::String(other.to_text()),
        }
    }

    fn is_numeric(&self) -> bool {
        matches!(self, Value::Int(_) | Value::Money(_))
    }
}

/// A cell as a table shows it: control characters other than line breaks
/// are written escaped (a tab as `\t`), so no cell can break the layout.
fn table_text(value: &Value) -> String {
    let text = value.to_text();
    if !text.chars().any(|c| c.is_control() && c != '\n') {
        return text;
    }
    text.chars()
        .flat_map(|c| {
            let shown: Vec<char> = if c.is_control() && c != '\n' {
                c.escape_default().collect()
            } else {
                vec![c]
            };
            shown
        })
        .collect()
}

fn json_object(columns: &[String], values: &[Value]) -> Map<String, Json> {
    columns
        .iter()
        .cloned()
        .zip(values.iter().map(Value::to_json))
        .collect()
}

/// Writes rows one at a time in the chosen format. Call `finish` at the end;
/// a table is printed only then.
pub struct Rows<W: Write> {
    columns: Vec<String>,
    sink: Sink<W>,
    count: usize,
}

enum Sink<W: Write> {
    Table {
        out: W,
        table: Table,
        numeric: Vec<bool>,
    },
    Csv(csv::Writer<W>),
    Json {
        out: W,
    },
    Jsonl(W),
}

impl<W: Write> Rows<W> {
    /// Start writing rows with these column names (the CSV header and JSON
    /// keys). `width` is the terminal's width for tables, if known: a table
    /// wraps its cells to fit it, and is never wrapped without one.
    pub fn new(
        format: Format,
        columns: Vec<String>,
        out: W,
        width: Option<u16>,
    ) -> Result<Rows<W>> {
        let sink = match format {
            Format::Table => {
                let mut table = new_table(width);
                table.set_header(columns.iter().map(Cell::new));
                Sink::Table {
                    out,
                    table,
                    numeric: vec![false; columns.len()],
                }
            }
            Format::Csv => {
                let mut writer = csv::Writer::from_writer(out);
                writer.write_record(&columns)?;
                Sink::Csv(writer)
            }
            Format::Json => {
                let mut out = out;
                out.write_all(b"[")?;
                Sink::Json { out }
            }
            Format::Jsonl => Sink::Jsonl(out),
        };
        Ok(Rows {
            columns,
            sink,
            count: 0,
        })
    }

    /// Write one row; `values` are in the order of the columns.
    pub fn row(&mut self, values: &[Value]) -> Result<()> {
        debug_assert_eq!(
            values.len(),
            self.columns.len(),
            "a row has one value per column"
        );
        match &mut self.sink {
            Sink::Table { table, numeric, .. } => {
                for (is_numeric, value) in numeric.iter_mut().zip(values) {
                    *is_numeric |= value.is_numeric();
                }
                table.add_row(values.iter().map(|v| Cell::new(table_text(v))));
            }
            Sink::Csv(writer) => writer.write_record(values.iter().map(Value::to_text))?,
            Sink::Json { out } => {
                out.write_all(if self.count == 0 { b"\n" } else { b",\n" })?;
                serde_json::to_writer(&mut *out, &json_object(&self.columns, values))?;
            }
            Sink::Jsonl(out) => {
                serde_json::to_writer(&mut *out, &json_object(&self.columns, values))?;
                out.write_all(b"\n")?;
            }
        }
        self.count += 1;
        Ok(())
    }

    /// How many rows were written.
    pub fn count(&self) -> usize {
        self.count
    }

    /// End the output: print the table, close the JSON array, flush.
    /// A table with no rows prints nothing.
    pub fn finish(self) -> Result<usize> {
        match self.sink {
            Sink::Table {
                mut out,
                mut table,
                numeric,
            } => {
                if self.count > 0 {
                    for (index, is_numeric) in numeric.iter().enumerate() {
                        if let (true, Some(column)) = (is_numeric, table.column_mut(index)) {
                            column.set_cell_alignment(CellAlignment::Right);
                        }
                    }
                    writeln!(out, "{table}")?;
                }
                out.flush()?;
            }
            Sink::Csv(mut writer) => writer.flush()?,
            Sink::Json { mut out } => {
                out.write_all(if self.count == 0 { b"]\n" } else { b"\n]\n" })?;
                out.flush()?;
            }
            Sink::Jsonl(mut out) => out.flush()?,
        }
        Ok(self.count)
    }
}

/// Write one record as named fields: a two-column table of field and value
/// for people, or a single row for CSV, JSON and JSON Lines (a JSON object
/// rather than an array). CSV leaves out nested records.
pub fn record<W: Write>(
    format: Format,
    fields: &[(&str, Value)],
    mut out: W,
    width: Option<u16>,
) -> Result<()> {
    match format {
        Format::Table => {
            let mut table = new_table(width);
            for (name, value) in fields {
                table.add_row([Cell::new(name), Cell::new(table_text(value))]);
            }
            writeln!(out, "{table}")?;
        }
        Format::Csv => {
            // A CSV row is flat: nested records are left to the listings that
            // print them as rows of their own.
            let flat: Vec<&(&str, Value)> = fields
                .iter()
                .filter(|(_, v)| !matches!(v, Value::Objects(_)))
                .collect();
            let mut writer = csv::Writer::from_writer(&mut out);
            writer.write_record(flat.iter().map(|(name, _)| name))?;
            writer.write_record(flat.iter().map(|(_, value)| value.to_text()))?;
            writer.flush()?;
        }
        Format::Json | Format::Jsonl => {
            let object: Map<String, Json> = fields
                .iter()
                .map(|(name, value)| (name.to_string(), value.to_json()))
                .collect();
            serde_json::to_writer(&mut out, &object)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Columns set apart by spaces, with a rule under the header only, so that
/// rows stay easy to scan and to grep.
const PLAIN: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

fn new_table(width: Option<u16>) -> Table {
    let mut table = Table::new();
    table.load_style(PLAIN);
    match width {
        Some(width) => {
            table
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(width);
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    table
}

/// The terminal's width when standard output is one, for fitting tables.
pub fn terminal_width() -> Option<u16> {
    use std::io::IsTerminal;
    if !io::stdout().is_terminal() {
        return None;
    }
    Table::new().width()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(format: Format, rows: &[Vec<Value>]) -> String {
        let mut out = Vec::new();
        let mut writer = Rows::new(
            format,
            vec!["contact_id".into(), "amount".into()],
            &mut out,
            None,
        )
        .unwrap();
        for row in rows {
            writer.row(row).unwrap();
        }
        writer.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    fn sample() -> Vec<Vec<Value>> {
        vec![
            vec![
                Value::Text("A, \"quoted\"".into()),
                Value::Money(Decimal::new(15000, 2)),
            ],
            vec![Value::Text("B".into()), Value::Null],
        ]
    }

    #[test]
    fn csv_quotes_and_keeps_exact_amounts() {
        assert_eq!(
            render(Format::Csv, &sample()),
            "contact_id,amount\n\"A, \"\"quoted\"\"\",150.00\nB,\n"
        );
        assert_eq!(render(Format::Csv, &[]), "contact_id,amount\n");
    }

    #[test]
    fn json_carries_amounts_as_strings() {
        assert_eq!(
            render(Format::Json, &sample()),
            "[\n{\"contact_id\":\"A, \\\"quoted\\\"\",\"amount\":\"150.00\"},\n\
             {\"contact_id\":\"B\",\"amount\":null}\n]\n"
        );
        assert_eq!(render(Format::Json, &[]), "[]\n");
        assert_eq!(
            render(Format::Jsonl, &sample()).lines().nth(1).unwrap(),
            "{\"contact_id\":\"B\",\"amount\":null}"
        );
    }

    #[test]
    fn tables_show_rows_and_nothing_when_empty() {
        let table = render(Format::Table, &sample());
        assert!(table.contains("contact_id"));
        assert!(table.contains("150.00"));
        assert_eq!(render(Format::Table, &[]), "");
    }

    #[test]
    fn a_record_is_one_object_in_json() {
        let mut out = Vec::new();
        let fields = [
            ("contact_id", Value::Text("A".into())),
            ("tags", Value::List(vec!["vip".into()])),
        ];
        record(Format::Json, &fields, &mut out, None).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"contact_id\":\"A\",\"tags\":[\"vip\"]}\n"
        );
    }
}
