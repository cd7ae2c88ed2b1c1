//! `duebook completions SHELL`: shell completions and the man page, made from
//! the clap definitions so they never drift from the real flags.

use std::io::Write;

use anyhow::Result;
use clap::{CommandFactory, ValueEnum};
use clap_complete::Shell;

use super::Cli;

/// What `completions` can print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Target {
    Bash,
    Zsh,
    Fish,
    Elvish,
    Powershell,
    /// The man page, in roff
    Man,
}

impl Target {
    /// Every target, in a fixed order.
    pub const ALL: [Target; 6] = [
        Target::Bash,
        Target::Zsh,
        Target::Fish,
        Target::Elvish,
        Target::Powershell,
        Target::Man,
    ];

    /// The file under `completions/` that holds this target's output.
    pub fn file_name(self) -> &'static str {
        match self {
            Target::Bash => "duebook.bash",
            Target::Zsh => "_duebook",
            Target::Fish => "duebook.fish",
            Target::Elvish => "duebook.elv",
            Target::Powershell => "_duebook.ps1",
            Target::Man => "duebook.1",
        }
    }
}

/// Write the completions or man page for `target`.
pub fn generate(target: Target, out: &mut dyn Write) -> Result<()> {
    let mut command = Cli::command();
    let shell = match target {
        Target::Bash => Shell::Bash,
        Target::Zsh => Shell::Zsh,
        Target::Fish => Shell::Fish,
        Target::Elvish => Shell::Elvish,
        Target::Powershell => Shell::PowerShell,
        Target::Man => {
            clap_mangen::Man::new(command).render(out)?;
            return Ok(());
        }
    };
    clap_complete::generate(shell, &mut command, "duebook", out);
    Ok(())
}

pub fn run(target: Target) -> Result<()> {
    let mut out = std::io::stdout().lock();
    generate(target, &mut out)?;
    out.flush()?;
    Ok(())
}
