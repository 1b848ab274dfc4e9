//! TLS for the connection: rustls set up as libpq's `sslmode` asks, one certificate verifier for
//! every mode, sslrootcert loading, and the common-name fallback of `verify-full` with the small
//! DER reader it needs.

use super::environment::{SslMode, Target};
use super::messages::io_reason;
use crate::Error;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{verify_server_cert_signed_by_trust_anchor, verify_server_name};
use rustls::crypto::{CryptoProvider, WebPkiSupportedAlgorithms, verify_tls12_signature, verify_tls13_signature};
use rustls::pki_types::pem::{self, PemObject};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::server::ParsedCertificate;
use rustls::{ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use std::path::Path;
use std::sync::Arc;

pub(super) fn tls_config(target: &Target) -> Result<ClientConfig, Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier = Verifier::new(target, &provider)?;
    Ok(ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|err| Error::Database(format!("cannot set up TLS: {err}")))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth())
}

/// What the server's certificate is checked against.
#[derive(Debug)]
enum Trust {
    /// `prefer`, `require`, `allow`: encryption only, as libpq, so any certificate is taken.
    Anyone,
    /// `verify-ca` (`check_name: false`) and `verify-full`; also `require` with an explicit
    /// sslrootcert, which libpq treats as `verify-ca`.
    Roots { store: RootCertStore, certificates: Vec<CertificateDer<'static>>, check_name: bool },
}

/// One verifier for every mode, so all of them still check the handshake signatures (the server
/// must hold the key of the certificate it shows), whatever they decide about the certificate.
#[derive(Debug)]
struct Verifier {
    trust: Trust,
    algorithms: WebPkiSupportedAlgorithms,
}

impl Verifier {
    fn new(target: &Target, provider: &CryptoProvider) -> Result<Verifier, Error> {
        let check_name = target.sslmode == SslMode::VerifyFull;
        let trust = match (&target.sslrootcert, target.sslmode) {
            (Some(path), SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull) => {
                let certificates = load_certificates(path)?;
                let mut store = RootCertStore::empty();
                for cert in &certificates {
                    store.add(cert.clone()).map_err(|err| {
                        Error::Database(format!("sslrootcert {} holds an unusable certificate: {err}", path.display()))
                    })?;
                }
                Trust::Roots { store, certificates, check_name }
            }
            _ => Trust::Anyone,
        };
        Ok(Verifier { trust, algorithms: provider.signature_verification_algorithms })
    }
}

fn load_certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, Error> {
    let unreadable = |why: String| Error::Database(format!("cannot read sslrootcert {}: {why}", path.display()));
    let pem_reason = |err: pem::Error| match err {
        pem::Error::Io(err) => io_reason(&err),
        other => format!("not a PEM file ({other})"),
    };
    let certificates = CertificateDer::pem_file_iter(path)
        .map_err(|err| unreadable(pem_reason(err)))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|err| unreadable(pem_reason(err)))?;
    if certificates.is_empty() {
        return Err(unreadable("no PEM certificate in it".into()));
    }
    Ok(certificates)
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let Trust::Roots { store, certificates, check_name } = &self.trust else {
            return Ok(ServerCertVerified::assertion());
        };
        let cert = ParsedCertificate::try_from(end_entity)?;
        // A self-signed server certificate given as sslrootcert is trusted as it is, as OpenSSL
        // (hence libpq) does; webpki alone would refuse the usual `openssl req -x509` one (CA:TRUE).
        let pinned = certificates.iter().any(|trusted| trusted.as_ref() == end_entity.as_ref());
        if !pinned {
            verify_server_cert_signed_by_trust_anchor(&cert, store, intermediates, now, self.algorithms.all)?;
        }
        if *check_name {
            verify_server_name(&cert, server_name).or_else(|err| {
                match common_name_fallback(end_entity, server_name) {
                    true => Ok(()),
                    false => Err(err),
                }
            })?;
        }
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(message, cert, dss, &self.algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(message, cert, dss, &self.algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algorithms.supported_schemes()
    }
}

/// libpq (and RFC 6125) fall back to the subject's common name when the certificate has no
/// subjectAltName; webpki never does, so a certificate made with `-subj /CN=host` alone would
/// fail `verify-full` here and pass with psql. Matching is libpq's: case-insensitive, and a
/// leading `*.` stands for exactly one label.
fn common_name_fallback(der: &[u8], server_name: &ServerName<'_>) -> bool {
    if has_subject_alt_name(der) {
        return false;
    }
    let wanted = server_name.to_str();
    subject_common_name(der).is_some_and(|name| host_matches(&name, &wanted))
}

fn host_matches(pattern: &str, host: &str) -> bool {
    if pattern.eq_ignore_ascii_case(host) {
        return true;
    }
    match (pattern.strip_prefix("*."), host.split_once('.')) {
        (Some(suffix), Some((label, rest))) => !label.is_empty() && suffix.eq_ignore_ascii_case(rest),
        _ => false,
    }
}

/// The subjectAltName extension's OID (2.5.29.17) as DER; its mere presence disables the fallback.
const SUBJECT_ALT_NAME_OID: &[u8] = &[0x06, 0x03, 0x55, 0x1d, 0x11];
/// commonName (2.5.4.3) as DER.
const COMMON_NAME_OID: &[u8] = &[0x06, 0x03, 0x55, 0x04, 0x03];

/// A byte search errs only towards "has one" (no fallback), the safe direction.
fn has_subject_alt_name(der: &[u8]) -> bool {
    der.windows(SUBJECT_ALT_NAME_OID.len()).any(|window| window == SUBJECT_ALT_NAME_OID)
}

/// The last commonName of the subject, read with a minimal DER walk:
/// Certificate → tbsCertificate → [version] serial signature issuer validity subject.
fn subject_common_name(der: &[u8]) -> Option<String> {
    let (_, certificate, _) = der_element(der)?;
    let (_, tbs, _) = der_element(certificate)?;
    let mut rest = tbs;
    let mut fields = Vec::new();
    while fields.len() < 6 && !rest.is_empty() {
        let (tag, content, after) = der_element(rest)?;
        if tag != 0xa0 {
            fields.push(content);
        }
        rest = after;
    }
    let subject = fields.get(4)?;
    let mut name = None;
    let mut sets = *subject;
    while !sets.is_empty() {
        let (_, set, after) = der_element(sets)?;
        let (_, attribute, _) = der_element(set)?;
        let (oid_tag, oid, value) = der_element(attribute)?;
        if oid_tag == COMMON_NAME_OID[0] && oid == &COMMON_NAME_OID[2..] {
            let (_, text, _) = der_element(value)?;
            name = Some(String::from_utf8(text.to_vec()).ok()?);
        }
        sets = after;
    }
    name
}

/// One DER element: (tag, content, what follows). Only definite lengths, as DER requires.
pub(super) fn der_element(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = input.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (length, rest) = match first {
        0..=0x7f => (usize::from(first), rest),
        0x81..=0x84 => {
            let count = usize::from(first & 0x7f);
            let bytes = rest.get(..count)?;
            (bytes.iter().fold(0usize, |acc, byte| (acc << 8) | usize::from(*byte)), &rest[count..])
        }
        _ => return None,
    };
    let content = rest.get(..length)?;
    Some((tag, content, &rest[length..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_name_matching() {
        assert!(host_matches("LocalHost", "localhost"));
        assert!(host_matches("*.example.com", "db.example.com"));
        assert!(!host_matches("*.example.com", "a.db.example.com"));
        assert!(!host_matches("*.example.com", "example.com"));
        assert!(!host_matches("localhost", "127.0.0.1"));
    }

    #[test]
    fn der_walk_finds_the_subject_common_name() {
        // A minimal TBS: version, serial, algorithm, issuer CN=ca, validity, subject CN=db.
        fn seq(tag: u8, parts: &[&[u8]]) -> Vec<u8> {
            let content = parts.concat();
            [&[tag, content.len() as u8][..], &content].concat()
        }
        let name = |cn: &[u8]| seq(0x30, &[&seq(0x31, &[&seq(0x30, &[COMMON_NAME_OID, &seq(0x0c, &[cn])])])]);
        let tbs = seq(
            0x30,
            &[&seq(0xa0, &[&[2, 1, 2]]), &[2, 1, 1], &seq(0x30, &[]), &name(b"ca"), &seq(0x30, &[]), &name(b"db")],
        );
        let cert = seq(0x30, &[&tbs]);
        assert_eq!(subject_common_name(&cert).as_deref(), Some("db"));
        assert!(!has_subject_alt_name(&cert));
        assert_eq!(subject_common_name(&[0x30, 0x05, 0x30]), None);
    }
}
