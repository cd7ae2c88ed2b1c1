//! The completions and man page checked in under `completions/` match what
//! the clap definitions generate. Run with `DUEBOOK_UPDATE_COMPLETIONS=1` to
//! rewrite them after changing a flag.

use std::path::Path;

use duebook::cli::completions::{Target, generate};

#[test]
fn checked_in_completions_are_current() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("DUEBOOK_UPDATE_COMPLETIONS").is_some();
    let mut stale = Vec::new();
    for target in Target::ALL {
        let mut fresh = Vec::new();
        generate(target, &mut fresh).unwrap();
        let path = folder.join(target.file_name());
        if update {
            std::fs::write(&path, &fresh).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(fresh.as_slice()) {
            stale.push(target.file_name());
        }
    }
    assert!(
        stale.is_empty(),
        "completions/{stale:?} are out of date; regenerate them with \
         `DUEBOOK_UPDATE_COMPLETIONS=1 cargo test --test completions`"
    );
}

#[test]
fn the_binary_prints_the_same_completions() {
    let output = assert_cmd::Command::cargo_bin("duebook")
        .unwrap()
        .args(["completions", "bash"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let mut fresh = Vec::new();
    generate(Target::Bash, &mut fresh).unwrap();
    assert_eq!(output.stdout, fresh);
}
