use std::process::ExitCode;

fn main() -> ExitCode {
    authadm::cli::main()
}
