//! Atomic output files: every file is written to a temporary file in the same folder and
//! renamed into place, so an interrupted run never leaves a half-written file where a good one
//! stood.

use std::io::{BufWriter, Write};
use std::path::Path;

use crate::error::{Context, Result};

/// Creates `dir` if needed and proves it is writable, before any expensive work starts.
pub fn prepare_output_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).context(|| format!("cannot create output folder {}", dir.display()))?;
    let probe = tempfile::Builder::new()
        .prefix(".nergraph-probe")
        .tempfile_in(dir)
        .context(|| format!("output folder {} is not writable", dir.display()))?;
    drop(probe);
    Ok(())
}

/// Writes a file atomically through `write`, which gets a buffered writer.
pub fn write_atomic(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = tempfile::Builder::new()
        .prefix(&format!(".{file_name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    let mut writer = BufWriter::new(temp);
    // Test hook: `NERGRAPH_TEST_FAIL_WRITE=NAME` fails the write of file NAME as a full disk
    // would. Read once: this runs for every cache entry.
    static FAIL_WRITE: std::sync::OnceLock<Option<std::ffi::OsString>> = std::sync::OnceLock::new();
    if FAIL_WRITE.get_or_init(|| std::env::var_os("NERGRAPH_TEST_FAIL_WRITE")).as_deref().is_some_and(|name| Some(name) == path.file_name())
    {
        let full = std::io::Error::from_raw_os_error(libc::ENOSPC);
        return Err(crate::error::Error::Io { what: format!("cannot write {}", path.display()), cause: full });
    }
    write(&mut writer).map_err(|e| e.doing(|| format!("cannot write {}", path.display())))?;
    let temp = writer.into_inner().map_err(|e| e.into_error()).context(|| format!("cannot write {}", path.display()))?;
    temp.as_file().sync_all().context(|| format!("cannot flush {}", path.display()))?;
    // Temporary files are created 0600; the file gets what the umask gives a new file.
    super::publish::set_default_permissions(temp.path(), false)?;
    temp.persist(path).map_err(|e| e.error).context(|| format!("cannot move the new {} into place", path.display()))?;
    Ok(())
}

/// Writes `value` as pretty JSON with a final newline.
pub fn write_json<T: serde::Serialize>(path: &Path, value: &T) -> Result<()> {
    write_atomic(path, |out| {
        serde_json::to_writer_pretty(&mut *out, value)?;
        out.write_all(b"\n")?;
        Ok(())
    })
}

/// Writes one JSON object a line.
pub fn write_jsonl<'a, T: serde::Serialize + 'a>(path: &Path, rows: impl IntoIterator<Item = &'a T>) -> Result<()> {
    write_atomic(path, |out| rows.into_iter().try_for_each(|row| write_jsonl_row(out, row)))
}

/// Writes one row of a JSON Lines file.
pub fn write_jsonl_row<T: serde::Serialize + ?Sized>(out: &mut dyn Write, row: &T) -> Result<()> {
    serde_json::to_writer(&mut *out, row)?;
    out.write_all(b"\n")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        write_json(&path, &serde_json::json!({"good": true})).unwrap();
        let result = write_atomic(&path, |out| {
            out.write_all(b"{\"half")?;
            Err(crate::error::Error::Interrupted)
        });
        assert!(result.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\n  \"good\": true\n}\n");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "temporary file was not cleaned up");
    }
}
