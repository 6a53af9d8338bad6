//! Prints the loader's generated module (see `ryggsjekk_core::loader`);
//! `scripts/build` runs it. Exits 1, naming the text, when a fallback message
//! lacks its phone number, so the build stops instead of shipping it.

fn main() {
    match ryggsjekk_core::loader::module() {
        Ok(module) => print!("{module}"),
        Err(e) => {
            eprintln!("loader-data: {e}");
            std::process::exit(1);
        }
    }
}
