//! A run's outputs as one set: written into a fresh generation folder, published by one atomic
//! rename, under a lock on the output folder.
//!
//! ```text
//! OUT/graph.json      -> .nergraph/current/graph.json     (a symlink per output, made once)
//! OUT/.nergraph/current -> gen-XXXX                        (swapped by rename: the publish step)
//! OUT/.nergraph/gen-XXXX/{mentions.jsonl, entities.json, links.jsonl, graph.*}
//! OUT/.nergraph/lock                                      (flock: one writer at a time)
//! ```
//!
//! A reader opening `OUT/graph.json` gets the current generation's file; a run killed at any
//! point leaves `current` naming either the complete previous set or the complete new one, and
//! the next run removes the unfinished generation. Output folders written by older versions
//! (regular files) are taken over the same way: the files are hard-linked into a generation
//! first, so every name keeps resolving to the old set until the new one is published.

use std::fs::File;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::error::{Context, Error, Result};

/// The files of one output set.
pub const OUTPUT_FILES: [&str; 6] = ["mentions.jsonl", "entities.json", "links.jsonl", "graph.json", "graph.graphml", "graph.html"];

/// Files a run writes only when asked (`--write-relation-pairs`): linked when the published
/// set holds them, unlinked when it does not.
pub const OPTIONAL_OUTPUT_FILES: [&str; 1] = ["relation-pairs.jsonl"];

const STATE_DIR: &str = ".nergraph";
const CURRENT: &str = "current";
const GENERATION_PREFIX: &str = "gen-";

/// The permission bits new files and folders get: what the process umask allows (0644 and
/// 0755 under the usual 022), as `open(2)` would give them.
pub fn umask_mode(full: u32) -> u32 {
    static UMASK: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    // SAFETY: umask(2) only swaps the process's mask; it is read once and put back at once.
    let mask = *UMASK.get_or_init(|| unsafe {
        let old = libc::umask(0o022);
        libc::umask(old);
        old as u32
    });
    full & !mask
}

/// Gives `path` the permissions a plain `create` would have (temporary files are made 0600).
pub fn set_default_permissions(path: &Path, is_dir: bool) -> Result<()> {
    let mode = umask_mode(if is_dir { 0o777 } else { 0o666 });
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
        .context(|| format!("cannot set permissions of {}", path.display()))
}

/// Test hook: `NERGRAPH_TEST_ABORT_AT=staged` aborts once the new set is written but before it
/// is published, `=published` right after publishing (before old generations are removed).
fn abort_at(stage: &str) {
    if std::env::var("NERGRAPH_TEST_ABORT_AT").is_ok_and(|at| at == stage) {
        std::process::abort();
    }
}

/// Exclusive use of an output folder for one run; released when dropped (or when the process
/// dies, since it is an `flock`).
pub struct OutputLock {
    _file: File,
}

impl OutputLock {
    /// Takes the lock of `out` (creating the folder), or fails at once if another run holds it.
    pub fn acquire(out: &Path) -> Result<Self> {
        let state = out.join(STATE_DIR);
        std::fs::create_dir_all(&state).context(|| format!("cannot create output folder {}", out.display()))?;
        let path = state.join("lock");
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .context(|| format!("output folder {} is not writable", out.display()))?;
        use std::os::fd::AsRawFd;
        // SAFETY: flock on a descriptor this function owns; no memory is involved.
        let locked = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } == 0;
        if !locked {
            return Err(Error::Input(format!(
                "another nergraph run is writing {}; wait for it to end (its lock is {})",
                out.display(),
                path.display()
            )));
        }
        Ok(OutputLock { _file: file })
    }
}

/// A new output set being written; removed unless [`Staging::publish`] is called.
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    published: bool,
}

impl Staging {
    /// Cleans what killed runs left in `out` and starts a new generation. Needs the lock.
    pub fn begin(out: &Path, _lock: &OutputLock) -> Result<Self> {
        let state = out.join(STATE_DIR);
        clean_leftovers(out)?;
        let dir = tempfile::Builder::new()
            .prefix(GENERATION_PREFIX)
            .tempdir_in(&state)
            .context(|| format!("cannot create a folder in {}", state.display()))?
            .keep();
        set_default_permissions(&dir, true)?;
        Ok(Staging { out: out.to_path_buf(), dir, published: false })
    }

    /// Where the new set's files are written.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Makes the new set the current one in one rename, then removes older generations.
    pub fn publish(mut self) -> Result<()> {
        let state = self.out.join(STATE_DIR);
        let missing: Vec<&str> = OUTPUT_FILES.iter().copied().filter(|name| !self.dir.join(name).is_file()).collect();
        if !missing.is_empty() {
            return Err(Error::Input(format!("the new output set lacks {}", missing.join(", "))));
        }
        File::open(&self.dir).and_then(|d| d.sync_all()).context(|| format!("cannot flush {}", self.dir.display()))?;
        adopt_legacy_files(&self.out)?;
        link_names(&self.out, &self.dir)?;
        abort_at("staged");
        let name = self.dir.file_name().map(|n| n.to_os_string()).unwrap_or_default();
        point_current_at(&state, Path::new(&name), &|| format!("cannot publish the outputs in {}", self.out.display()))?;
        File::open(&state).and_then(|d| d.sync_all()).context(|| format!("cannot flush {}", state.display()))?;
        self.published = true;
        abort_at("published");
        clean_leftovers(&self.out)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.published {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// The generation `current` names, if any.
fn current_generation(state: &Path) -> Option<std::ffi::OsString> {
    std::fs::read_link(state.join(CURRENT)).ok().map(|target| target.into_os_string())
}

/// Removes generations other than the current one and temporary files of killed runs.
fn clean_leftovers(out: &Path) -> Result<()> {
    let state = out.join(STATE_DIR);
    let current = current_generation(&state);
    for entry in std::fs::read_dir(&state).context(|| format!("cannot read {}", state.display()))?.flatten() {
        let name = entry.file_name();
        let text = name.to_string_lossy();
        let stale_generation = text.starts_with(GENERATION_PREFIX) && Some(&name) != current.as_ref();
        if stale_generation {
            let _ = std::fs::remove_dir_all(entry.path());
        } else if text.ends_with(".tmp") || text == format!("{CURRENT}.next") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    // Temporary files of older versions' atomic writes, and of interrupted probes.
    for entry in std::fs::read_dir(out).context(|| format!("cannot read {}", out.display()))?.flatten() {
        let text = entry.file_name().to_string_lossy().into_owned();
        let temporary_output = OUTPUT_FILES.iter().any(|f| text.starts_with(&format!(".{f}."))) && text.ends_with(".tmp");
        if temporary_output || text.starts_with(".nergraph-probe") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    Ok(())
}

/// Output files written by an older version as regular files become generation `gen-legacy`:
/// hard links first, then `current` set to it, so every name keeps its old content.
fn adopt_legacy_files(out: &Path) -> Result<()> {
    let state = out.join(STATE_DIR);
    if current_generation(&state).is_some() {
        return Ok(());
    }
    let legacy: Vec<&str> = OUTPUT_FILES
        .iter()
        .copied()
        .filter(|name| std::fs::symlink_metadata(out.join(name)).is_ok_and(|m| m.file_type().is_file()))
        .collect();
    if legacy.is_empty() {
        return Ok(());
    }
    let dir = state.join(format!("{GENERATION_PREFIX}legacy"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).context(|| format!("cannot create {}", dir.display()))?;
    for name in legacy {
        std::fs::hard_link(out.join(name), dir.join(name)).context(|| format!("cannot keep the previous {}", out.join(name).display()))?;
    }
    let current = state.join(CURRENT);
    point_current_at(&state, Path::new(&format!("{GENERATION_PREFIX}legacy")), &|| format!("cannot write {}", current.display()))
}

/// Makes `state/current` name `generation`, in one rename; `failed` says what a failed rename
/// was doing.
fn point_current_at(state: &Path, generation: &Path, failed: &dyn Fn() -> String) -> Result<()> {
    replace_with_symlink(&state.join(CURRENT), generation, &state.join(format!("{CURRENT}.next")), failed)
}

/// Makes `path` a symlink to `target` in one step: the link is made at `temporary` and renamed
/// over `path`, so a reader sees the old entry or the new one, never none.
fn replace_with_symlink(path: &Path, target: &Path, temporary: &Path, failed: &dyn Fn() -> String) -> Result<()> {
    let _ = std::fs::remove_file(temporary);
    std::os::unix::fs::symlink(target, temporary).context(|| format!("cannot write {}", temporary.display()))?;
    std::fs::rename(temporary, path).context(failed)
}

/// Makes each output name a symlink into `current` (each replaced by one rename), and each
/// optional name one exactly when the set about to be published (`staged`) holds that file.
fn link_names(out: &Path, staged: &Path) -> Result<()> {
    for name in OUTPUT_FILES {
        let path = out.join(name);
        let target = Path::new(STATE_DIR).join(CURRENT).join(name);
        if std::fs::read_link(&path).is_ok_and(|t| t == target) {
            continue;
        }
        replace_with_symlink(&path, &target, &out.join(format!(".{name}.link.tmp")), &|| format!("cannot write {}", path.display()))?;
    }
    for name in OPTIONAL_OUTPUT_FILES {
        let (path, target) = (out.join(name), Path::new(STATE_DIR).join(CURRENT).join(name));
        let ours = std::fs::read_link(&path).is_ok_and(|t| t == target);
        if staged.join(name).is_file() {
            if !ours {
                replace_with_symlink(&path, &target, &out.join(format!(".{name}.link.tmp")), &|| {
                    format!("cannot write {}", path.display())
                })?;
            }
        } else if ours {
            std::fs::remove_file(&path).context(|| format!("cannot remove {}", path.display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_set(dir: &Path, tag: &str) {
        for name in OUTPUT_FILES {
            std::fs::write(dir.join(name), format!("{tag} {name}")).unwrap();
        }
    }

    fn read_set(out: &Path) -> Vec<String> {
        OUTPUT_FILES.iter().map(|name| std::fs::read_to_string(out.join(name)).unwrap()).collect()
    }

    #[test]
    fn sets_replace_each_other_whole_and_leave_one_generation() {
        let out = tempfile::tempdir().unwrap();
        let lock = OutputLock::acquire(out.path()).unwrap();
        for tag in ["first", "second"] {
            let staging = Staging::begin(out.path(), &lock).unwrap();
            write_set(staging.dir(), tag);
            staging.publish().unwrap();
            assert!(read_set(out.path()).iter().all(|text| text.starts_with(tag)));
        }
        let generations = std::fs::read_dir(out.path().join(STATE_DIR))
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(GENERATION_PREFIX))
            .count();
        assert_eq!(generations, 1);
        // An unfinished set is dropped and the published one stays.
        let staging = Staging::begin(out.path(), &lock).unwrap();
        std::fs::write(staging.dir().join("graph.json"), "half").unwrap();
        drop(staging);
        assert!(read_set(out.path()).iter().all(|text| text.starts_with("second")));
    }

    #[test]
    fn a_second_writer_is_refused() {
        let out = tempfile::tempdir().unwrap();
        let _lock = OutputLock::acquire(out.path()).unwrap();
        let error = OutputLock::acquire(out.path()).err().unwrap().to_string();
        assert!(error.contains("another nergraph run is writing"), "{error}");
    }

    #[test]
    fn files_of_older_versions_are_taken_over() {
        let out = tempfile::tempdir().unwrap();
        write_set(out.path(), "old");
        let lock = OutputLock::acquire(out.path()).unwrap();
        let staging = Staging::begin(out.path(), &lock).unwrap();
        write_set(staging.dir(), "new");
        staging.publish().unwrap();
        assert!(read_set(out.path()).iter().all(|text| text.starts_with("new")));
    }
}
