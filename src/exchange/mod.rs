//! CSV import and export of customers and entries.
//!
//! Files have a header row; columns are found by name in any order and are
//! named as everywhere else in the product. Reading streams one row at a
//! time. Each row is checked and written inside the caller's transaction as
//! it is read; the caller commits only when every row was good (or, with
//! `--skip-invalid`, keeps the good ones), so a bad file leaves the database
//! as it was without the file ever being held in memory.
//!
//! This module owns reading and checking rows and writing rejects; the
//! `customer` and `entry` modules know what the columns mean.

pub mod customer;
pub mod entry;

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::error::{Error, not_found};

/// The largest field accepted, in bytes.
pub const MAX_FIELD_BYTES: usize = 64 * 1024;

/// What is wrong with one row, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The line the row starts on, counting the header as line 1.
    pub line: u64,
    pub column: Option<String>,
    pub value: Option<String>,
    pub reason: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}", self.line)?;
        if let Some(column) = &self.column {
            write!(f, ", column `{column}`")?;
        }
        if let Some(value) = &self.value {
            let shown: String = value.chars().take(40).collect();
            let more = if value.chars().count() > 40 {
                "…"
            } else {
                ""
            };
            write!(f, ", value {shown:?}{more}")?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// A reason tied to a column, before the line is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub column: String,
    pub value: String,
    pub reason: String,
}

impl FieldError {
    /// A problem with the value of `column`.
    pub fn new(column: &str, value: &str, reason: impl Into<String>) -> FieldError {
        FieldError {
            column: column.to_string(),
            value: value.to_string(),
            reason: reason.into(),
        }
    }

    /// The problem on `line`.
    pub fn at(self, line: u64) -> Problem {
        Problem {
            line,
            column: Some(self.column),
            value: Some(self.value),
            reason: self.reason,
        }
    }
}

/// The problem of a row with one or more bad cells: the first, with the
/// others' reasons added, so one line names them all.
pub fn combine(errors: Vec<FieldError>, line: u64) -> Problem {
    let mut errors = errors.into_iter();
    let mut problem = errors.next().expect("a bad row has a reason").at(line);
    let rest: Vec<String> = errors
        .map(|e| format!("column `{}`: {}", e.column, e.reason))
        .collect();
    if !rest.is_empty() {
        problem.reason = format!("{}; also {}", problem.reason, rest.join("; "));
    }
    problem
}

/// One row of a file: its line, the raw cells (for a rejects file), and the
/// cells as text by column name.
#[derive(Debug, Clone)]
pub struct Row {
    pub line: u64,
    pub raw: csv::ByteRecord,
    cells: Vec<String>,
}

impl Row {
    /// The cell of `column`, trimmed; `None` when the file has no such
    /// column.
    pub fn get<'a>(&'a self, columns: &Columns, column: &str) -> Option<&'a str> {
        columns.index.get(column).map(|&i| self.cells[i].trim())
    }
}

/// Where each known column is in a file.
#[derive(Debug, Clone, Default)]
pub struct Columns {
    index: HashMap<String, usize>,
}

impl Columns {
    /// True when the file has the column.
    pub fn has(&self, column: &str) -> bool {
        self.index.contains_key(column)
    }
}

/// Where the lines of the input start, for naming the line a row is on.
/// The CSV reader's own count is not kept across blank lines and CRLF line
/// ends, so line-end bytes are noted as they pass. Only those after the last
/// row asked about are kept, so memory stays small.
#[derive(Default)]
struct Lines {
    /// Newlines before the first of `recent`, all of them passed.
    counted: u64,
    /// Double quotes seen so far.
    quotes: u64,
    /// The last byte seen was a carriage return.
    after_cr: bool,
    /// Offsets of the `\r` and `\n` bytes not yet passed, and which is a
    /// newline.
    recent: std::collections::VecDeque<(u64, bool)>,
}

impl Lines {
    /// The line (from 1) of a record that the CSV reader places at
    /// `offset`: the reader's offset may point into the line ends before
    /// the record, so those are counted too. Offsets must not go back.
    fn line_at(&mut self, offset: u64) -> u64 {
        while self.recent.front().is_some_and(|&(o, _)| o < offset) {
            let (_, newline) = self.recent.pop_front().expect("checked just above");
            self.counted += u64::from(newline);
        }
        let gap: u64 = (offset..)
            .zip(&self.recent)
            .take_while(|(expected, (o, _))| o == expected)
            .map(|(_, &(_, newline))| u64::from(newline))
            .sum();
        self.counted + gap + 1
    }
}

/// The input as the CSV reader sees it: without a byte-order mark, with
/// every newline's offset noted.
struct Counted {
    inner: Box<dyn Read>,
    offset: u64,
    started: bool,
    lines: std::rc::Rc<std::cell::RefCell<Lines>>,
}

impl Read for Counted {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if !self.started {
            self.started = true;
            let mut head = [0u8; 3];
            let mut got = 0;
            while got < 3 {
                match self.inner.read(&mut head[got..])? {
                    0 => break,
                    n => got += n,
                }
            }
            let skip = if got == 3 && head == [0xEF, 0xBB, 0xBF] {
                3
            } else {
                0
            };
            let rest = &head[skip..got];
            if rest.is_empty() && got > 0 {
                return self.read(buf);
            }
            let n = rest.len().min(buf.len());
            buf[..n].copy_from_slice(&rest[..n]);
            // `buf` is at least 3 bytes for the CSV reader's buffered reads.
            debug_assert_eq!(n, rest.len());
            self.note(&buf[..n]);
            return Ok(n);
        }
        let n = self.inner.read(buf)?;
        self.note(&buf[..n]);
        Ok(n)
    }
}

impl Counted {
    fn note(&mut self, bytes: &[u8]) {
        let mut lines = self.lines.borrow_mut();
        for (i, &byte) in bytes.iter().enumerate() {
            // A carriage return ends a line unless a newline follows it.
            if lines.after_cr && byte != b'\n' {
                if let Some(last) = lines.recent.back_mut() {
                    last.1 = true;
                }
            }
            lines.after_cr = byte == b'\r';
            match byte {
                b'\n' => lines.recent.push_back((self.offset + i as u64, true)),
                b'\r' => lines.recent.push_back((self.offset + i as u64, false)),
                b'"' => lines.quotes += 1,
                _ => {}
            }
        }
        self.offset += bytes.len() as u64;
    }
}

/// A record as read, with its line, or why it could not be read.
type Raw = std::result::Result<(csv::ByteRecord, u64), (Problem, csv::ByteRecord)>;

/// A CSV file being read row by row.
pub struct Source {
    ahead: Option<Raw>,
    lines: std::rc::Rc<std::cell::RefCell<Lines>>,
    name: String,
    reader: csv::Reader<Box<dyn Read>>,
    header: csv::ByteRecord,
    columns: Columns,
    /// Columns present but ignored (`--ignore-unknown`, or derived ones).
    pub ignored: Vec<String>,
}

/// Open `path` (`-` for standard input) as a CSV source. A missing file is
/// `Error::NotFound`.
pub fn open(path: &str) -> Result<(String, Box<dyn Read>)> {
    if path == "-" {
        return Ok(("standard input".to_string(), Box::new(io::stdin())));
    }
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return not_found(format!("file `{path}` does not exist"));
        }
        Err(e) => return Err(e).with_context(|| format!("cannot read `{path}`")),
    };
    Ok((
        format!("`{path}`"),
        Box::new(io::BufReader::with_capacity(1 << 16, file)),
    ))
}

impl Source {
    /// Read the header and map the columns.
    ///
    /// `known` are the columns the importer reads, `derived` those it
    /// accepts and ignores (computed values an export or listing prints),
    /// `required` those that must be there. An unknown column is refused
    /// unless `ignore_unknown`; a repeated one always is.
    pub fn new(
        name: String,
        input: Box<dyn Read>,
        known: &[&str],
        derived: &[&str],
        required: &[&str],
        ignore_unknown: bool,
    ) -> Result<Source> {
        let lines = std::rc::Rc::new(std::cell::RefCell::new(Lines::default()));
        let counted = Counted {
            inner: input,
            offset: 0,
            started: false,
            lines: lines.clone(),
        };
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(Box::new(counted) as Box<dyn Read>);
        let mut header = csv::ByteRecord::new();
        let read = reader
            .read_byte_record(&mut header)
            .map_err(|e| Error::Invalid(format!("{name}: cannot read the header: {e}")))?;
        if !read {
            return Err(Error::Invalid(format!("{name} is empty; it needs a header row")).into());
        }
        let mut columns = Columns::default();
        let mut unknown = Vec::new();
        let mut ignored = Vec::new();
        for (index, cell) in header.iter().enumerate() {
            let name_text = String::from_utf8_lossy(cell).trim().to_string();
            if columns.index.contains_key(&name_text) || ignored.contains(&name_text) {
                return Err(Error::Invalid(format!(
                    "{name}: column `{name_text}` appears twice in the header; keep one"
                ))
                .into());
            }
            if known.contains(&name_text.as_str()) {
                columns.index.insert(name_text, index);
            } else if derived.contains(&name_text.as_str()) || ignore_unknown {
                ignored.push(name_text);
            } else {
                unknown.push(name_text);
            }
        }
        if !unknown.is_empty() {
            return Err(Error::Invalid(format!(
                "{name}: unknown {} `{}`; the known columns are {}; or add --ignore-unknown",
                if unknown.len() == 1 {
                    "column"
                } else {
                    "columns"
                },
                unknown.join("`, `"),
                known.join(", ")
            ))
            .into());
        }
        let missing: Vec<&str> = required
            .iter()
            .copied()
            .filter(|c| !columns.has(c))
            .collect();
        if !missing.is_empty() {
            return Err(Error::Invalid(format!(
                "{name}: the header lacks the required {} `{}`",
                if missing.len() == 1 {
                    "column"
                } else {
                    "columns"
                },
                missing.join("`, `")
            ))
            .into());
        }
        Ok(Source {
            ahead: None,
            lines,
            name,
            reader,
            header,
            columns,
            ignored,
        })
    }

    /// The file's name for messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The columns found.
    pub fn columns(&self) -> &Columns {
        &self.columns
    }

    /// The header as read, for a rejects file.
    pub fn header(&self) -> &csv::ByteRecord {
        &self.header
    }

    /// Read the next record as it is, with its line; blank lines skipped.
    fn read_raw(&mut self) -> Result<Option<Raw>> {
        loop {
            let mut raw = csv::ByteRecord::new();
            let read = match self.reader.read_byte_record(&mut raw) {
                Ok(read) => read,
                Err(e) if e.is_io_error() => {
                    return Err(e).with_context(|| format!("cannot read {}", self.name));
                }
                Err(e) => {
                    let line = e
                        .position()
                        .map_or(0, |p| self.lines.borrow_mut().line_at(p.byte()));
                    let problem = Problem {
                        line,
                        column: None,
                        value: None,
                        reason: format!("unreadable row: {e}"),
                    };
                    return Ok(Some(Err((problem, csv::ByteRecord::new()))));
                }
            };
            if !read {
                return Ok(None);
            }
            // A blank line reads as one empty cell.
            if raw.len() == 1 && raw[0].is_empty() && self.header.len() > 1 {
                continue;
            }
            let line = raw
                .position()
                .map_or(0, |p| self.lines.borrow_mut().line_at(p.byte()));
            return Ok(Some(Ok((raw, line))));
        }
    }

    /// The next row, or `None` at the end. A row that cannot be read as
    /// text cells of the header's shape is a `Problem` carrying its raw
    /// cells; reading goes on after it.
    pub fn next_row(
        &mut self,
    ) -> Result<Option<std::result::Result<Row, (Problem, csv::ByteRecord)>>> {
        let current = match self.ahead.take() {
            Some(current) => current,
            None => match self.read_raw()? {
                Some(current) => current,
                None => return Ok(None),
            },
        };
        // One row is read ahead, to know which row is the last.
        self.ahead = self.read_raw()?;
        let (raw, line) = match current {
            Ok(current) => current,
            Err(failure) => return Ok(Some(Err(failure))),
        };
        let problem = |column: Option<&[u8]>, value: Option<String>, reason: String| Problem {
            line,
            column: column.map(|c| String::from_utf8_lossy(c).into_owned()),
            value,
            reason,
        };
        // A quote left open swallows the rest of the file into the last
        // row: quotes in the whole file then do not pair up.
        let ran_on = self.ahead.is_none()
            && self.lines.borrow().quotes % 2 == 1
            && raw.iter().any(|cell| cell.contains(&b'\n'));
        if ran_on && raw.len() == self.header.len() {
            let reason = "a quote is left open, so the rest of the file was read as one field; \
                          close it"
                .to_string();
            return Ok(Some(Err((problem(None, None, reason), raw))));
        }
        if raw.len() != self.header.len() {
            let reason = if ran_on && raw.len() < self.header.len() {
                format!(
                    "the row has {} where the header has {}; a quote is left open, so the \
                     rest of the file was read as one field",
                    fields(raw.len()),
                    self.header.len()
                )
            } else {
                format!(
                    "the row has {} where the header has {}",
                    fields(raw.len()),
                    self.header.len()
                )
            };
            return Ok(Some(Err((problem(None, None, reason), raw))));
        }
        let mut cells = Vec::with_capacity(raw.len());
        for (index, cell) in raw.iter().enumerate() {
            let column = Some(&self.header[index]);
            if cell.len() > MAX_FIELD_BYTES {
                let reason = format!(
                    "the field is {} bytes long; the most is {MAX_FIELD_BYTES}",
                    cell.len()
                );
                return Ok(Some(Err((problem(column, None, reason), raw))));
            }
            match std::str::from_utf8(cell) {
                Ok(text) => cells.push(text.to_string()),
                Err(e) => {
                    let reason = format!(
                        "the field is not valid UTF-8 (byte {} of it); save the file as UTF-8",
                        e.valid_up_to() + 1
                    );
                    let shown = Some(String::from_utf8_lossy(cell).into_owned());
                    return Ok(Some(Err((problem(column, shown, reason), raw))));
                }
            }
        }
        Ok(Some(Ok(Row { line, raw, cells })))
    }
}

fn fields(count: usize) -> String {
    if count == 1 {
        "1 field".to_string()
    } else {
        format!("{count} fields")
    }
}

/// Rows set aside by `--skip-invalid`: the original cells and a `reason`
/// column, ready to fix and import again. Written to standard output, or
/// to a temporary file that takes the final name only when complete (an
/// import that fails leaves no half-written file behind).
pub struct Rejects {
    writer: csv::Writer<Output>,
    count: usize,
}

impl Rejects {
    /// Start a rejects file at `path` (standard output for `None`) with
    /// the source's header and `reason`.
    pub fn create(path: Option<&Path>, header: &csv::ByteRecord) -> Result<Rejects> {
        let output = Output::open(path)?;
        let mut writer = csv::Writer::from_writer(output);
        let mut first = header.clone();
        first.push_field(b"reason");
        writer.write_byte_record(&first)?;
        Ok(Rejects { writer, count: 0 })
    }

    /// Set a row aside with the reason.
    pub fn push(&mut self, raw: &csv::ByteRecord, problem: &Problem) -> Result<()> {
        let mut record = raw.clone();
        record.push_field(problem.to_string().as_bytes());
        self.writer.write_byte_record(&record)?;
        self.count += 1;
        Ok(())
    }

    /// Finish the file under its name; returns how many rows it holds.
    pub fn finish(self) -> Result<usize> {
        let count = self.count;
        let output = self
            .writer
            .into_inner()
            .map_err(|e| anyhow::Error::new(e.into_error()))?;
        output.finish()?;
        Ok(count)
    }
}

/// A hidden file beside `path` to write before renaming into place.
pub fn partial_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or("output".into(), |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.partial-{}", std::process::id()))
}

/// Where an export goes: a file written aside and renamed into place when
/// complete, or standard output. An export that stops half-way leaves the
/// file that was there before, never half a new one.
pub struct Output {
    sink: Sink,
    finished: bool,
}

enum Sink {
    File {
        file: io::BufWriter<File>,
        partial: PathBuf,
        path: PathBuf,
    },
    Stdout(io::BufWriter<io::StdoutLock<'static>>),
}

impl Output {
    /// Standard output, or a new file at `path`.
    pub fn open(path: Option<&Path>) -> Result<Output> {
        let sink = match path {
            None => Sink::Stdout(io::BufWriter::new(io::stdout().lock())),
            Some(path) => {
                let partial = partial_path(path);
                let file = crate::store::private_file(&partial)
                    .with_context(|| format!("cannot create `{}`", path.display()))?;
                Sink::File {
                    file: io::BufWriter::new(file),
                    partial,
                    path: path.to_path_buf(),
                }
            }
        };
        Ok(Output {
            sink,
            finished: false,
        })
    }

    /// Put the file in place (it is complete), or flush standard output.
    pub fn finish(mut self) -> Result<()> {
        match &mut self.sink {
            Sink::Stdout(out) => out.flush()?,
            Sink::File {
                file,
                partial,
                path,
            } => {
                file.flush()?;
                file.get_ref().sync_all()?;
                std::fs::rename(&*partial, &*path)
                    .with_context(|| format!("cannot write `{}`", path.display()))?;
            }
        }
        self.finished = true;
        Ok(())
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.sink {
            Sink::File { file, .. } => file.write(buf),
            Sink::Stdout(out) => out.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.sink {
            Sink::File { file, .. } => file.flush(),
            Sink::Stdout(out) => out.flush(),
        }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        if let (Sink::File { partial, .. }, false) = (&self.sink, self.finished) {
            let _ = std::fs::remove_file(partial);
        }
    }
}

/// A text cell neutralised for spreadsheets: one that would run as a
/// formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a
/// leading `'`.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// Start remembering the keys this import has read, in a TEMP table so
/// memory stays flat however long the file.
pub(crate) fn seen_table(conn: &rusqlite::Connection) -> Result<()> {
    // Keyed by its primary key alone: one B-tree, not a table and an index.
    conn.execute_batch(
        r#"
        CREATE TEMP TABLE IF NOT EXISTS import_seen (
            family TEXT NOT NULL,
            key TEXT NOT NULL,
            line INTEGER NOT NULL,
            PRIMARY KEY (family, key)
        ) WITHOUT ROWID;
        DELETE FROM temp.import_seen;
        "#,
    )?;
    Ok(())
}

/// The line that already had `key` (of `family`, such as `customer`), or
/// `None` after noting that `line` has it.
pub(crate) fn seen_before(
    conn: &rusqlite::Connection,
    family: &str,
    key: &str,
    line: u64,
) -> Result<Option<u64>> {
    // Nearly every key is new: noting it is the lookup, and only a key
    // already there is read back.
    let noted = conn
        .prepare_cached(
            r#"
            INSERT INTO temp.import_seen (family, key, line)
            VALUES (?1, ?2, ?3)
            ON CONFLICT DO NOTHING
            "#,
        )?
        .execute((family, key, line as i64))?;
    if noted == 1 {
        return Ok(None);
    }
    let first: i64 = conn
        .prepare_cached(
            r#"
            SELECT line
            FROM temp.import_seen
            WHERE family = ?1
              AND key = ?2
            "#,
        )?
        .query_row((family, key), |row| row.get(0))?;
    Ok(Some(first as u64))
}

/// Neutralise, for `--safe`, the text cells of an export row; the columns
/// in `plain` (amounts and dates) are never touched.
pub fn neutralise_row(cells: &mut [String], columns: &[&str], plain: &[&str]) {
    for (cell, column) in cells.iter_mut().zip(columns) {
        if !plain.contains(column) {
            *cell = neutralise(cell);
        }
    }
}

/// What an import did, for the closing line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub rejected: usize,
}

/// How an import treats rows whose key already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Mode {
    /// Only new records; an existing key is an error
    #[default]
    Insert,
    /// New records are added, existing ones updated
    Upsert,
    /// Only existing records are updated; an unknown key is an error
    Update,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &'static [u8]) -> Source {
        Source::new(
            "test".into(),
            Box::new(text),
            &["a", "b"],
            &["c"],
            &["a"],
            false,
        )
        .unwrap()
    }

    fn rows(mut source: Source) -> Vec<String> {
        let mut out = Vec::new();
        while let Some(row) = source.next_row().unwrap() {
            out.push(match row {
                Ok(row) => format!("{}:{:?}", row.line, row.cells),
                Err((problem, _)) => problem.to_string(),
            });
        }
        out
    }

    #[test]
    fn reads_bom_crlf_and_a_missing_final_newline() {
        let got = rows(source(b"\xEF\xBB\xBFb,a\r\n1,2\r\n\r\n3,4"));
        assert_eq!(got, ["2:[\"1\", \"2\"]", "4:[\"3\", \"4\"]"]);
        let got = rows(source(b"a,b\r1,2\r\r3,4"));
        assert_eq!(got, ["2:[\"1\", \"2\"]", "4:[\"3\", \"4\"]"]);
        let got = rows(source(b"a,b\n\n\n1,\"two\nlines\"\n\n5,6\n"));
        assert_eq!(got, ["4:[\"1\", \"two\\nlines\"]", "7:[\"5\", \"6\"]"]);
    }

    #[test]
    fn reports_bad_rows_by_line_and_reads_on() {
        let got = rows(source(b"a,b\n1\n\"x\xff\",2\n3,4\n5,\"open\n6,7\n"));
        assert_eq!(got[0], "line 2: the row has 1 field where the header has 2");
        assert!(
            got[1].starts_with("line 3, column `a`") && got[1].contains("not valid UTF-8"),
            "{}",
            got[1]
        );
        assert_eq!(got[2], "4:[\"3\", \"4\"]");
        assert!(got[3].contains("a quote is left open"), "{}", got[3]);
    }

    #[test]
    fn checks_the_header() {
        let err = |text: &'static [u8], ignore| {
            Source::new("f".into(), Box::new(text), &["a", "b"], &[], &["a"], ignore)
                .err()
                .unwrap()
                .to_string()
        };
        assert!(err(b"a,zz\n", false).contains("unknown column `zz`"));
        assert!(err(b"b\n", false).contains("lacks the required column `a`"));
        assert!(err(b"a,a\n", false).contains("appears twice"));
        assert!(err(b"", false).contains("is empty"));
        let ok = Source::new(
            "f".into(),
            Box::new(&b"a,zz\n"[..]),
            &["a"],
            &[],
            &["a"],
            true,
        )
        .unwrap();
        assert_eq!(ok.ignored, ["zz"]);
    }

    #[test]
    fn neutralises_formulas_only() {
        assert_eq!(neutralise("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(neutralise("-5 apples"), "'-5 apples");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("Acme"), "Acme");
    }
}
