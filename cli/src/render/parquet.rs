//! Tidy rows (`Report::rows()`, with the `file` they come from) as an Apache Parquet file,
//! written in row groups as reports arrive, with Apache Arrow's Rust crates.

use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, Float64Builder, StringBuilder, UInt32Builder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use kalkan::GroupRow;
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use crate::failure::Failure;
use crate::render::csv::COLUMNS;

/// Rows buffered before they are written as one record batch.
const BATCH_ROWS: usize = 65_536;

/// Rows per Parquet row group: the writer holds one row group in memory until it is complete,
/// so this bounds its memory (the default, about a million rows, costs tens of megabytes).
const ROW_GROUP_ROWS: usize = 131_072;

/// The Arrow schema: `file`, then the columns of [`GroupRow`] in order.
pub fn schema() -> SchemaRef {
    let mut fields = vec![Field::new("file", DataType::Utf8, false)];
    for c in COLUMNS {
        let (t, nullable) = match c {
            "subject" | "framework" | "framework_version" | "group" => (DataType::Utf8, false),
            "subject_kind" | "country" | "sector" | "parent" => (DataType::Utf8, true),
            "depth" | "controls" | "applicable" | "answered" | "met" | "not_applicable" => (DataType::UInt32, false),
            "level" | "target_level" => (DataType::UInt32, true),
            "index" | "compliance" => (DataType::Float64, true),
            "completeness" => (DataType::Float64, false),
            _ => (DataType::Boolean, true),
        };
        fields.push(Field::new(c, t, nullable));
    }
    Arc::new(Schema::new(fields))
}

#[derive(Default)]
struct Columns {
    file: StringBuilder,
    text: [StringBuilder; 8],
    uint: [UInt32Builder; 8],
    float: [Float64Builder; 3],
    reached: BooleanBuilder,
    len: usize,
}

/// Writes rows to a Parquet file, a record batch at a time.
pub struct RowsWriter<W: std::io::Write + Send> {
    writer: ArrowWriter<W>,
    columns: Columns,
    schema: SchemaRef,
}

fn failure(e: impl std::fmt::Display) -> Failure {
    Failure::Io(format!("cannot write Parquet: {e}"))
}

impl<W: std::io::Write + Send> RowsWriter<W> {
    pub fn new(out: W) -> Result<Self, Failure> {
        let schema = schema();
        let props = WriterProperties::builder().set_compression(Compression::SNAPPY).set_max_row_group_row_count(Some(ROW_GROUP_ROWS)).build();
        let writer = ArrowWriter::try_new(out, schema.clone(), Some(props)).map_err(failure)?;
        Ok(RowsWriter { writer, columns: Columns::default(), schema })
    }

    pub fn push(&mut self, file: &str, rows: &[GroupRow]) -> Result<(), Failure> {
        let c = &mut self.columns;
        for r in rows {
            c.file.append_value(file);
            let texts = [
                Some(&r.subject),
                r.subject_kind.as_ref(),
                r.country.as_ref(),
                r.sector.as_ref(),
                Some(&r.framework),
                Some(&r.framework_version),
                Some(&r.group),
                r.parent.as_ref(),
            ];
            for (b, v) in c.text.iter_mut().zip(texts) {
                b.append_option(v);
            }
            let uints = [Some(r.depth), r.level, Some(r.controls), Some(r.applicable), Some(r.answered), Some(r.met), Some(r.not_applicable), r.target_level];
            for (b, v) in c.uint.iter_mut().zip(uints) {
                b.append_option(v);
            }
            for (b, v) in c.float.iter_mut().zip([r.index, r.compliance, Some(r.completeness)]) {
                b.append_option(v);
            }
            c.reached.append_option(r.target_reached);
            c.len += 1;
        }
        if self.columns.len >= BATCH_ROWS {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), Failure> {
        if self.columns.len == 0 {
            return Ok(());
        }
        let mut c = std::mem::take(&mut self.columns);
        let [subject, kind, country, sector, framework, version, group, parent] = &mut c.text;
        let [depth, level, controls, applicable, answered, met, not_applicable, target_level] = &mut c.uint;
        let [index, compliance, completeness] = &mut c.float;
        // In the order of `schema()`: file, then COLUMNS.
        let arrays: Vec<ArrayRef> = vec![
            Arc::new(c.file.finish()),
            Arc::new(subject.finish()),
            Arc::new(kind.finish()),
            Arc::new(country.finish()),
            Arc::new(sector.finish()),
            Arc::new(framework.finish()),
            Arc::new(version.finish()),
            Arc::new(group.finish()),
            Arc::new(parent.finish()),
            Arc::new(depth.finish()),
            Arc::new(level.finish()),
            Arc::new(index.finish()),
            Arc::new(compliance.finish()),
            Arc::new(completeness.finish()),
            Arc::new(controls.finish()),
            Arc::new(applicable.finish()),
            Arc::new(answered.finish()),
            Arc::new(met.finish()),
            Arc::new(not_applicable.finish()),
            Arc::new(target_level.finish()),
            Arc::new(c.reached.finish()),
        ];
        let batch = RecordBatch::try_new(self.schema.clone(), arrays).map_err(failure)?;
        self.writer.write(&batch).map_err(failure)
    }

    pub fn finish(mut self) -> Result<(), Failure> {
        self.flush()?;
        self.writer.close().map_err(failure)?;
        Ok(())
    }
}

/// Benchmark statistics as a Parquet file: the rows and columns of the CSV table
/// (`review::benchmark_rows`), typed: counts as unsigned integers, figures as doubles, and null
/// where the CSV has an empty cell.
pub fn write_benchmark<W: std::io::Write + Send>(b: &kalkan::Benchmark, out: W) -> Result<(), Failure> {
    use arrow_array::builder::UInt64Builder;

    use crate::render::review::{benchmark_columns, benchmark_rows};

    let rows = benchmark_rows(b);
    let names = benchmark_columns(b);
    let keys = b.by.len();
    let mut fields = Vec::with_capacity(names.len());
    for (i, name) in names.iter().enumerate() {
        let (t, nullable) = match i {
            0 => (DataType::Utf8, false),
            1 => (DataType::UInt64, false),
            2 => (DataType::Boolean, false),
            i if i < 3 + keys => (DataType::Utf8, true),
            i if i == 3 + keys => (DataType::Boolean, false),
            i if i == 4 + keys => (DataType::UInt64, true),
            i if i < 7 + keys => (DataType::Utf8, true),
            i if i == 7 + keys => (DataType::UInt64, true),
            _ => (DataType::Float64, true),
        };
        fields.push(Field::new(name, t, nullable));
    }
    let schema: SchemaRef = Arc::new(Schema::new(fields));
    let mut framework = StringBuilder::new();
    let mut major = UInt64Builder::new();
    let mut total = BooleanBuilder::new();
    let mut key: Vec<StringBuilder> = (0..keys).map(|_| StringBuilder::new()).collect();
    let mut suppressed = BooleanBuilder::new();
    let mut subjects = UInt64Builder::new();
    let mut group = StringBuilder::new();
    let mut measure = StringBuilder::new();
    let mut n = UInt64Builder::new();
    // The six figures, then the resolution.
    let mut figures: Vec<Float64Builder> = (0..7).map(|_| Float64Builder::new()).collect();
    for r in &rows {
        framework.append_value(r.framework);
        major.append_value(r.major);
        total.append_value(r.total);
        for (b, v) in key.iter_mut().zip(&r.key) {
            b.append_option(*v);
        }
        suppressed.append_value(r.suppressed);
        subjects.append_option(r.subjects);
        group.append_option(r.group);
        measure.append_option(r.measure.as_deref());
        n.append_option(r.n);
        for (i, b) in figures.iter_mut().enumerate() {
            b.append_option(if i == 6 { r.resolution } else { r.figures.and_then(|f| f.get(i).copied()) });
        }
    }
    let mut arrays: Vec<ArrayRef> = vec![Arc::new(framework.finish()), Arc::new(major.finish()), Arc::new(total.finish())];
    arrays.extend(key.iter_mut().map(|b| Arc::new(b.finish()) as ArrayRef));
    arrays.extend([
        Arc::new(suppressed.finish()) as ArrayRef,
        Arc::new(subjects.finish()),
        Arc::new(group.finish()),
        Arc::new(measure.finish()),
        Arc::new(n.finish()),
    ]);
    arrays.extend(figures.iter_mut().map(|b| Arc::new(b.finish()) as ArrayRef));
    let props = WriterProperties::builder().set_compression(Compression::SNAPPY).set_max_row_group_row_count(Some(ROW_GROUP_ROWS)).build();
    let mut writer = ArrowWriter::try_new(out, schema.clone(), Some(props)).map_err(failure)?;
    let batch = RecordBatch::try_new(schema, arrays).map_err(failure)?;
    writer.write(&batch).map_err(failure)?;
    // Closed and flushed here, so that a failed write is an error rather than lost on drop.
    let mut out = writer.into_inner().map_err(failure)?;
    out.flush().map_err(failure)
}
