use std::process::ExitCode;

use clap::Parser;
use duebook::cli::{self, Cli};
use duebook::error::{exit_code, is_broken_pipe};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let colored = cli.stderr_colored();
    match cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // The reader of our output went away, as `head` does: end quietly.
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            let prefix = if colored {
                "\x1b[1;31merror:\x1b[0m"
            } else {
                "error:"
            };
            eprintln!("{prefix} {error:#}");
            ExitCode::from(u8::try_from(exit_code(&error)).unwrap_or(1))
        }
    }
}
