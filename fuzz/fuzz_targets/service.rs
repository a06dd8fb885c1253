//! Any text as a service's file under `services/`: TOML, numbers against numbering plans, e-mails,
//! places, languages and limits checked, errors located. Nothing may panic, and an accepted
//! service never carries a `mailto:` with a query part or a control character.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match senda::directory::try_service(&text) {
        Ok(service) => {
            if let Some(email) = &service.email {
                assert!(!email.contains(['?', '&', ',']), "{email}");
            }
            let one_line = [Some(&service.name), service.address.as_ref(), service.website.as_ref()];
            for field in one_line.into_iter().flatten() {
                assert!(!field.chars().any(char::is_control), "{field:?}");
            }
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
