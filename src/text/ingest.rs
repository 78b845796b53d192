//! Stage 1, documents: takes an input folder, gives [`Document`]s.
//!
//! Walks the folder recursively (`.txt` files, hidden entries skipped, sorted by path so runs are
//! deterministic), decodes each file (UTF-8, UTF-8/UTF-16 with BOM, lossy UTF-8 with a warning),
//! and marks web boilerplate lines ("Leave a Reply", "Source link", ...) so that later stages
//! skip them. The text itself is never edited: every offset a later stage reports is a byte
//! offset into [`Document::text`], which is exactly the decoded file.

use std::ops::Range;
use std::path::{Path, PathBuf};

use super::boilerplate::is_boilerplate_line;
use super::Span;

/// One decoded article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Path relative to the input folder, with `/` separators.
    pub path: String,
    /// The decoded text of the file; all offsets index into it.
    pub text: String,
    /// Byte ranges of the lines that hold article text (boilerplate lines left out).
    pub content: Vec<Span>,
}

/// Why a file produced a warning or was left out of the run.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FileNote {
    /// Path relative to the input folder (or the absolute path when it is outside it).
    pub path: String,
    pub message: String,
}

/// The files of an input folder, in processing order, and the entries that could not be listed.
#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<PathBuf>,
    pub skipped: Vec<FileNote>,
}

/// A file's decoded text, or why it cannot be used.
#[derive(Debug)]
pub enum Loaded {
    Document { document: Document, warnings: Vec<FileNote> },
    Skipped(FileNote),
}

/// Lists the `.txt` files under `root`, recursively, sorted, hidden entries skipped.
///
/// Symlinks are followed; a symlink loop or an unreadable folder is recorded in `skipped`
/// rather than ending the walk, and so is every entry that is no regular file or folder (a
/// FIFO, a socket, a device), a file reached a second time through a link (read once), and a
/// file whose name is not valid UTF-8 (its document name would not be its own).
pub fn discover(root: &Path) -> Discovery {
    use std::os::unix::fs::MetadataExt;

    let mut discovery = Discovery::default();
    let mut seen: std::collections::HashMap<(u64, u64), String> = std::collections::HashMap::new();
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry.file_name()));
    for entry in walker {
        match entry {
            Ok(entry) => {
                let file_type = entry.file_type();
                let path = relative_path(root, entry.path());
                let is_text = entry.path().extension().is_some_and(|ext| ext.eq_ignore_ascii_case("txt"));
                if !file_type.is_file() && !file_type.is_dir() {
                    let message = format!("{}, not a regular file: skipped", special_kind(&file_type));
                    discovery.skipped.push(FileNote { path, message });
                    continue;
                }
                if !file_type.is_file() || !is_text {
                    continue;
                }
                if entry.path().strip_prefix(root).unwrap_or(entry.path()).to_str().is_none() {
                    let message =
                        "the file name is not valid UTF-8 (its document name would not be unique): skipped; rename it".to_string();
                    discovery.skipped.push(FileNote { path, message });
                    continue;
                }
                if let Ok(meta) = entry.metadata() {
                    if let Some(first) = seen.get(&(meta.dev(), meta.ino())) {
                        let message = format!("the same file as {first} (reached through a link): read once");
                        discovery.skipped.push(FileNote { path, message });
                        continue;
                    }
                    seen.insert((meta.dev(), meta.ino()), path);
                }
                discovery.files.push(entry.into_path());
            }
            Err(error) => {
                let path = error.path().map(|p| relative_path(root, p)).unwrap_or_else(|| root.display().to_string());
                let message = if error.loop_ancestor().is_some() {
                    "symlink loop, not followed".to_string()
                } else {
                    match error.io_error() {
                        Some(io) => format!("cannot read: {io}"),
                        None => error.to_string(),
                    }
                };
                discovery.skipped.push(FileNote { path, message });
            }
        }
    }
    discovery
}

fn special_kind(file_type: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_fifo() {
        "a FIFO"
    } else if file_type.is_socket() {
        "a socket"
    } else if file_type.is_block_device() || file_type.is_char_device() {
        "a device"
    } else {
        "a special file"
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|s| s.starts_with('.'))
}

/// `path` relative to `root`, `/`-separated; `path` itself when it is not under `root`.
pub fn relative_path(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// Reads and decodes one file; files over `max_bytes` are skipped (a multi-megabyte "article"
/// is a data dump or a log, and would hold the model for a long time).
pub fn load(root: &Path, path: &Path, max_bytes: u64) -> Loaded {
    let relative = relative_path(root, path);
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.len() > max_bytes {
            let message = format!("{} MB is over the --max-file-mb limit of {} MB, skipped", meta.len() / 1_048_576, max_bytes / 1_048_576);
            return Loaded::Skipped(FileNote { path: relative, message });
        }
    }
    match read_regular_file(path) {
        Ok(bytes) => decode_document(relative, &bytes),
        Err(error) => Loaded::Skipped(FileNote { path: relative, message: format!("cannot read: {error}") }),
    }
}

/// Reads a file that must still be a regular file when opened: opening never waits (a file
/// swapped for a FIFO mid-run would otherwise block the run forever).
fn read_regular_file(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::File::options().read(true).custom_flags(libc::O_NONBLOCK).open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(std::io::Error::other("no longer a regular file"));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Decodes raw bytes into a [`Document`] (the part of [`load`] that needs no file system).
pub fn decode_document(path: String, bytes: &[u8]) -> Loaded {
    let mut warnings = Vec::new();
    let text = match decode_text(bytes) {
        Decoded::Text(text) => text,
        Decoded::Lossy(text) => {
            warnings.push(FileNote { path: path.clone(), message: "invalid UTF-8; undecodable bytes replaced with U+FFFD".to_string() });
            text
        }
        Decoded::Binary => return Loaded::Skipped(FileNote { path, message: "binary file (NUL bytes), skipped".to_string() }),
    };
    let content = content_lines(&text);
    Loaded::Document { document: Document { path, text, content }, warnings }
}

enum Decoded {
    Text(String),
    Lossy(String),
    Binary,
}

fn decode_text(bytes: &[u8]) -> Decoded {
    // A BOM names the encoding outright (UTF-8, UTF-16LE, UTF-16BE); it is not part of the text.
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return if had_errors { Decoded::Lossy(text.into_owned()) } else { Decoded::Text(text.into_owned()) };
    }
    let sniff = &bytes[..bytes.len().min(8192)];
    if sniff.contains(&0) {
        return Decoded::Binary;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded::Text(text.to_string()),
        Err(_) => Decoded::Lossy(String::from_utf8_lossy(bytes).into_owned()),
    }
}

/// Byte ranges of the non-empty lines that are not boilerplate (line ends excluded).
pub fn content_lines(text: &str) -> Vec<Span> {
    line_ranges(text)
        .filter(|range| {
            let line = &text[range.clone()];
            !line.trim().is_empty() && !is_boilerplate_line(line)
        })
        .map(Span::from)
        .collect()
}

/// Byte ranges of the lines of `text`, without their `\n` / `\r\n` ends.
pub fn line_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start > text.len() || (start == text.len() && !text.is_empty()) {
            return None;
        }
        let rest = &text[start..];
        let (line_len, next) = match rest.find('\n') {
            Some(newline) => (newline, start + newline + 1),
            None => (rest.len(), text.len() + 1),
        };
        let mut end = start + line_len;
        if text[start..end].ends_with('\r') {
            end -= 1;
        }
        let range = start..end;
        start = next;
        Some(range)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(bytes: &[u8]) -> Document {
        match decode_document("a.txt".into(), bytes) {
            Loaded::Document { document, .. } => document,
            Loaded::Skipped(note) => panic!("skipped: {}", note.message),
        }
    }

    #[test]
    fn line_ranges_handle_crlf_and_missing_final_newline() {
        let text = "one\r\ntwo\n\nthree";
        let lines: Vec<&str> = line_ranges(text).map(|r| &text[r]).collect();
        assert_eq!(lines, ["one", "two", "", "three"]);
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Hello Brussels".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(document(&bytes).text, "Hello Brussels");
    }

    #[test]
    fn utf8_bom_is_not_part_of_the_text() {
        assert_eq!(document(b"\xEF\xBB\xBFHi").text, "Hi");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert!(matches!(decode_document("x.txt".into(), b"\x7fELF\0\0\x01"), Loaded::Skipped(_)));
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_with_a_warning() {
        match decode_document("bad.txt".into(), b"caf\xE9 ok") {
            Loaded::Document { document, warnings } => {
                assert_eq!(document.text, "caf\u{FFFD} ok");
                assert_eq!(warnings.len(), 1);
                assert!(warnings[0].message.contains("UTF-8"));
            }
            Loaded::Skipped(_) => panic!("should not skip"),
        }
    }

    #[test]
    fn boilerplate_lines_are_left_out_of_content() {
        let doc = document(b"Leaders met in Paris.\n\nLeave a Reply\nSource link\n");
        let kept: Vec<&str> = doc.content.iter().map(|r| r.slice(&doc.text)).collect();
        assert_eq!(kept, ["Leaders met in Paris."]);
    }
}
