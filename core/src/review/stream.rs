//! Scoring a stream of assessments in parallel in constant memory: a reader thread takes
//! assessments from any iterator (lines of a JSON Lines file, files of a folder), worker threads
//! parse, check and score them in batches, and the caller receives the results in input order.
//! At most a fixed number of batches is in flight, so memory does not grow with the input.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex};

use crate::compiled::CompiledFramework;
use crate::error::{DocumentKind, Error, Result};
use crate::model::assessment::Assessment;
use crate::model::report::Report;
use crate::parse;
use crate::registry::FrameworkSource;

/// One assessment of a stream: where it comes from (a file name, `file:line`) and its JSON
/// text, or the error reading it.
#[derive(Debug)]
pub struct StreamItem {
    /// Where it comes from, for messages.
    pub label: String,
    /// The JSON text, or why it could not be read.
    pub text: Result<String>,
}

/// Scores streams of assessments in parallel, in input order.
///
/// ```
/// use kalkan::{FrameworkSource, StreamItem, StreamScorer};
/// let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/public-institution.assessment.json")).unwrap();
/// let items = (0..3).map(|i| StreamItem { label: format!("line {i}"), text: Ok(text.clone()) });
/// let mut levels = Vec::new();
/// StreamScorer::new(FrameworkSource::builtin()).run(items, |_, scored| scored.map(|(_, r)| r.root.level), |_, level| {
///     levels.push(level.ok().flatten());
///     Ok::<(), ()>(())
/// }).unwrap();
/// assert_eq!(levels.len(), 3);
/// ```
#[derive(Debug, Clone)]
pub struct StreamScorer {
    source: FrameworkSource,
    profile: Option<String>,
    workers: usize,
    batch: usize,
}

impl StreamScorer {
    /// A scorer that finds each assessment's framework in `source`, with one worker per core.
    pub fn new(source: FrameworkSource) -> StreamScorer {
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
        StreamScorer { source, profile: None, workers, batch: 256 }
    }

    /// Gap analysis against this profile instead of each assessment's own.
    pub fn profile(mut self, profile: Option<String>) -> StreamScorer {
        self.profile = profile;
        self
    }

    /// The number of worker threads (at least 1).
    pub fn workers(mut self, workers: usize) -> StreamScorer {
        self.workers = workers.max(1);
        self
    }

    /// Assessments per batch handed to a worker (at least 1).
    pub fn batch(mut self, batch: usize) -> StreamScorer {
        self.batch = batch.max(1);
        self
    }

    /// Parses, checks and scores one assessment text.
    pub fn score(&self, text: &str) -> Result<(Arc<CompiledFramework>, Report)> {
        let a: Assessment = parse::parse(DocumentKind::Assessment, text)?;
        let fw = self.source.for_assessment(&a)?;
        let report = fw.score(&a, self.profile.as_deref())?;
        Ok((fw, report))
    }

    /// Scores every item: `map` runs on the worker threads with each item's label and outcome,
    /// `sink` on the calling thread with the mapped values, in input order. The first error of
    /// `sink` stops the run and is returned.
    pub fn run<I, T, M, S, E>(&self, items: I, map: M, mut sink: S) -> std::result::Result<(), E>
    where
        I: Iterator<Item = StreamItem> + Send,
        T: Send,
        M: Fn(&str, Result<(Arc<CompiledFramework>, Report)>) -> T + Sync,
        S: FnMut(String, T) -> std::result::Result<(), E>,
    {
        let in_flight = self.workers * 4;
        let (work_tx, work_rx) = mpsc::sync_channel::<(u64, Vec<StreamItem>)>(in_flight);
        let work_rx = Mutex::new(work_rx);
        let (done_tx, done_rx) = mpsc::channel::<(u64, Vec<(String, T)>)>();
        // Permits bound the batches between the reader and the sink (reordering included).
        let (permit_tx, permit_rx) = mpsc::sync_channel::<()>(in_flight);
        for _ in 0..in_flight {
            let _ = permit_tx.send(());
        }
        let batch = self.batch;
        let map = &map;
        let stopped = AtomicBool::new(false);
        std::thread::scope(|scope| {
            scope.spawn(move || read(items, batch, &work_tx, &permit_rx));
            for _ in 0..self.workers {
                let done_tx = done_tx.clone();
                let work_rx = &work_rx;
                let stopped = &stopped;
                scope.spawn(move || loop {
                    let next = work_rx.lock().ok().and_then(|rx| rx.recv().ok());
                    let Some((seq, items)) = next else { break };
                    // After the sink stopped, batches still queued are only drained, so that the
                    // reader is never left blocked.
                    if stopped.load(Ordering::Relaxed) {
                        continue;
                    }
                    let out: Vec<(String, T)> = items
                        .into_iter()
                        .map(|item| {
                            let scored = item.text.and_then(|t| self.score(&t));
                            let value = map(&item.label, scored);
                            (item.label, value)
                        })
                        .collect();
                    if done_tx.send((seq, out)).is_err() {
                        stopped.store(true, Ordering::Relaxed);
                    }
                });
            }
            drop(done_tx);
            let result = drain(&done_rx, &permit_tx, &mut sink);
            // Stops the reader (no more permits) and the workers (their sends fail).
            drop(permit_tx);
            drop(done_rx);
            result
        })
    }
}

/// The reader: batches of items, each taking a permit.
fn read<I: Iterator<Item = StreamItem>>(items: I, batch: usize, work_tx: &SyncSender<(u64, Vec<StreamItem>)>, permits: &Receiver<()>) {
    let mut seq = 0u64;
    let mut current = Vec::with_capacity(batch);
    let send = |items: Vec<StreamItem>, seq: &mut u64| -> bool {
        if permits.recv().is_err() {
            return false;
        }
        let ok = work_tx.send((*seq, items)).is_ok();
        *seq += 1;
        ok
    };
    for item in items {
        current.push(item);
        if current.len() >= batch && !send(std::mem::replace(&mut current, Vec::with_capacity(batch)), &mut seq) {
            return;
        }
    }
    if !current.is_empty() {
        send(current, &mut seq);
    }
}

/// The sink side: results put back in order, each batch's permit returned once it is sunk.
fn drain<T, E>(
    done: &Receiver<(u64, Vec<(String, T)>)>,
    permits: &SyncSender<()>,
    sink: &mut impl FnMut(String, T) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    let mut waiting: BTreeMap<u64, Vec<(String, T)>> = BTreeMap::new();
    let mut next = 0u64;
    for (seq, out) in done.iter() {
        waiting.insert(seq, out);
        while let Some(out) = waiting.remove(&next) {
            for (label, value) in out {
                sink(label, value)?;
            }
            next += 1;
            let _ = permits.try_send(());
        }
    }
    Ok(())
}

/// The error of an item that could not be read, for [`StreamItem::text`].
pub fn unreadable(path: &str, reason: &str) -> Error {
    Error::Unreadable { path: path.to_string(), reason: reason.to_string() }
}
