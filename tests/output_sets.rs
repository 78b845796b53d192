//! The output folder holds one complete set at all times: a run killed before or after it
//! publishes, a failed write (a full disk), a run that reads nothing, or a second run at the
//! same time leaves either the complete previous set or the complete new one, and the exit
//! status says which. New files get the umask's permissions.
#![cfg(feature = "model")]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use common::*;
use nergraph::store::publish::OUTPUT_FILES;

fn read_set(out: &Path) -> Vec<Vec<u8>> {
    OUTPUT_FILES.iter().map(|name| std::fs::read(out.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))).collect()
}

/// Runs into `out` and returns the set it published.
fn run_into(input: &Path, out: &Path) -> Vec<Vec<u8>> {
    let output = nergraph(&["run", input.to_str().unwrap(), "--out", out.to_str().unwrap(), "--quiet"]);
    assert!(output.status.success(), "{}", stderr(&output));
    read_set(out)
}

struct Folders {
    _dir: tempfile::TempDir,
    small: std::path::PathBuf,
    out: std::path::PathBuf,
}

/// A folder of two sample articles (a set different from the seeds') and an output folder.
fn folders() -> Folders {
    let dir = tempfile::tempdir().unwrap();
    let small = dir.path().join("small");
    std::fs::create_dir(&small).unwrap();
    let mut seeds: Vec<_> = std::fs::read_dir(seeds()).unwrap().map(|e| e.unwrap().path()).collect();
    seeds.sort();
    for file in &seeds[..2] {
        std::fs::copy(file, small.join(file.file_name().unwrap())).unwrap();
    }
    let out = dir.path().join("out");
    Folders { small, out, _dir: dir }
}

#[test]
fn a_kill_before_or_after_publishing_leaves_one_whole_set() {
    let f = folders();
    let before = run_into(&seeds(), &f.out);
    let out = f.out.to_str().unwrap();
    let small = f.small.to_str().unwrap();
    let killed = nergraph_env(&["run", small, "--out", out, "--quiet"], &[("NERGRAPH_TEST_ABORT_AT", "staged")]);
    assert!(!killed.status.success());
    assert!(read_set(&f.out) == before, "killed before publishing: the previous set stays");
    let killed = nergraph_env(&["run", small, "--out", out, "--quiet"], &[("NERGRAPH_TEST_ABORT_AT", "published")]);
    assert!(!killed.status.success());
    let after = read_set(&f.out);
    assert!(after != before, "killed after publishing: the new set is in place");
    // The next run cleans what the kills left: one generation remains.
    assert_eq!(run_into(&f.small, &f.out), after);
    let generations = std::fs::read_dir(f.out.join(".nergraph"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("gen-"))
        .count();
    assert_eq!(generations, 1);
}

#[test]
fn a_failed_write_or_an_empty_read_keeps_the_previous_set() {
    let f = folders();
    let before = run_into(&seeds(), &f.out);
    let (out, small) = (f.out.to_str().unwrap(), f.small.to_str().unwrap());
    let full_disk = nergraph_env(&["run", small, "--out", out, "--quiet"], &[("NERGRAPH_TEST_FAIL_WRITE", "graph.graphml")]);
    assert_eq!(full_disk.status.code(), Some(1), "{}", stderr(&full_disk));
    assert!(stderr(&full_disk).contains("graph.graphml"), "{}", stderr(&full_disk));
    assert!(read_set(&f.out) == before);
    let nothing_read = nergraph(&["run", small, "--out", out, "--quiet", "--max-file-mb", "0"]);
    assert_eq!(nothing_read.status.code(), Some(1), "{}", stderr(&nothing_read));
    assert!(stderr(&nothing_read).contains("no document could be read"), "{}", stderr(&nothing_read));
    assert!(read_set(&f.out) == before);
}

#[test]
fn a_second_run_into_the_same_folder_is_refused_while_one_writes() {
    let f = folders();
    let before = run_into(&f.small, &f.out);
    // Hold the folder's lock as a running nergraph would.
    let lock = std::fs::File::options().write(true).open(f.out.join(".nergraph/lock")).unwrap();
    use std::os::fd::AsRawFd;
    assert_eq!(unsafe { libc::flock(lock.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) }, 0);
    let second = nergraph(&["run", "seeds", "--out", f.out.to_str().unwrap(), "--quiet"]);
    assert_eq!(second.status.code(), Some(1), "{}", stderr(&second));
    assert!(stderr(&second).contains("another nergraph run is writing"), "{}", stderr(&second));
    assert!(read_set(&f.out) == before);
    drop(lock);
    run_into(&seeds(), &f.out);
}

#[test]
fn outputs_get_the_umask_permissions() {
    let f = folders();
    let command =
        format!("umask 022; exec '{}' run '{}' --out '{}' --quiet", env!("CARGO_BIN_EXE_nergraph"), f.small.display(), f.out.display());
    let output = Command::new("sh").arg("-c").arg(&command).current_dir(repo()).output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    for name in OUTPUT_FILES {
        let mode = std::fs::metadata(f.out.join(name)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644, "{name}");
    }
}
