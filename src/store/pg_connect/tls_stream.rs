//! The TLS stream the client library reads and writes through: rustls over the socket, and the
//! `tls-server-end-point` channel binding (RFC 5929) that ties a SCRAM-SHA-256-PLUS login to the
//! certificate the server showed, so that a man in the middle cannot relay it.
//!
//! Written here rather than taken from tokio-postgres-rustls: that crate reads the certificate's
//! signature algorithm with a full X.509 parser (x509-cert, der, their derive macros and a second
//! `syn`), about 20 s of every fresh build, where one DER walk (`tls::der_element`) suffices.

use super::tls::der_element;
use postgres::tls::{ChannelBinding, MakeTlsConnect, TlsConnect, TlsStream};
use ring::digest::{self, Algorithm};
use rustls::ClientConfig;
use rustls::pki_types::ServerName;
use std::convert::Infallible;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream as RustlsStream;

/// Made once per command from the rustls configuration `sslmode` asks for; cloned for each try.
#[derive(Clone)]
pub(super) struct MakeRustls(Arc<ClientConfig>);

impl MakeRustls {
    pub(super) fn new(config: ClientConfig) -> MakeRustls {
        MakeRustls(Arc::new(config))
    }
}

impl<S> MakeTlsConnect<S> for MakeRustls
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    type Stream = Stream<S>;
    type TlsConnect = Connect;
    type Error = Infallible;

    /// The client library asks for this before it knows whether TLS will be used, so the host
    /// name is checked only when TLS starts, as tokio-postgres-rustls did.
    fn make_tls_connect(&mut self, host: &str) -> Result<Connect, Infallible> {
        Ok(Connect { connector: TlsConnector::from(Arc::clone(&self.0)), host: host.to_string() })
    }
}

pub(super) struct Connect {
    connector: TlsConnector,
    host: String,
}

impl<S> TlsConnect<S> for Connect
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    type Stream = Stream<S>;
    type Error = io::Error;
    type Future = Pin<Box<dyn Future<Output = io::Result<Stream<S>>> + Send>>;

    fn connect(self, socket: S) -> Self::Future {
        let server = match ServerName::try_from(self.host) {
            Ok(server) => server,
            Err(err) => return Box::pin(std::future::ready(Err(io::Error::new(io::ErrorKind::InvalidInput, err)))),
        };
        let handshake = self.connector.connect(server, socket);
        Box::pin(async move { handshake.await.map(Stream) })
    }
}

pub(super) struct Stream<S>(RustlsStream<S>);

impl<S> TlsStream for Stream<S>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    /// The hash of the server's certificate, made with the hash of its signature algorithm; none
    /// when authadm knows no hash for it (Ed25519, SHA-224, DSA), and SCRAM then goes unbound
    /// (refused with `channel_binding=require`), where libpq would refuse the login outright.
    fn channel_binding(&self) -> ChannelBinding {
        let (_, session) = self.0.get_ref();
        let Some(certificate) = session.peer_certificates().and_then(<[_]>::first) else {
            return ChannelBinding::none();
        };
        match end_point_hash(certificate) {
            Some(hash) => ChannelBinding::tls_server_end_point(digest::digest(hash, certificate).as_ref().to_vec()),
            None => ChannelBinding::none(),
        }
    }
}

/// The hash RFC 5929 §4.1 names for a certificate: its signature algorithm's, with MD5 and SHA-1
/// taken up to SHA-256, and for RSA-PSS the hash in its parameters, as OpenSSL's
/// `X509_get_signature_info` gives libpq and the server. The certificate was already accepted by
/// the handshake's verifier; this only reads Certificate → signatureAlgorithm → algorithm (an
/// OID) and, for RSA-PSS, its parameters.
fn end_point_hash(certificate: &[u8]) -> Option<&'static Algorithm> {
    let (_, fields, _) = der_element(certificate)?;
    let (_, _tbs_certificate, rest) = der_element(fields)?;
    let (_, signature_algorithm, _) = der_element(rest)?;
    let (tag, oid, parameters) = der_element(signature_algorithm)?;
    if tag != OID_TAG {
        return None;
    }
    if oid == RSASSA_PSS {
        return pss_hash(parameters);
    }
    HASH_OF_SIGNATURE.iter().find(|(known, _)| *known == oid).map(|(_, hash)| *hash)
}

/// RSASSA-PSS-params (RFC 4055): SEQUENCE { hashAlgorithm [0] AlgorithmIdentifier DEFAULT sha1,
/// ... }; SHA-1, given or by default, is taken up to SHA-256 like every SHA-1 signature.
fn pss_hash(parameters: &[u8]) -> Option<&'static Algorithm> {
    let (tag, fields, _) = der_element(parameters)?;
    if tag != SEQUENCE_TAG {
        return None;
    }
    let hash_oid = match der_element(fields) {
        Some((HASH_ALGORITHM_TAG, explicit, _)) => {
            let (_, identifier, _) = der_element(explicit)?;
            let (tag, oid, _) = der_element(identifier)?;
            (tag == OID_TAG).then_some(oid)?
        }
        _ => SHA1,
    };
    HASH_OF_DIGEST.iter().find(|(known, _)| *known == hash_oid).map(|(_, hash)| *hash)
}

const OID_TAG: u8 = 0x06;
const SEQUENCE_TAG: u8 = 0x30;
/// `[0]`, constructed: RSASSA-PSS-params' hashAlgorithm.
const HASH_ALGORITHM_TAG: u8 = 0xa0;
/// id-RSASSA-PSS (1.2.840.113549.1.1.10).
const RSASSA_PSS: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a];
/// id-sha1 (1.3.14.3.2.26).
const SHA1: &[u8] = &[0x2b, 0x0e, 0x03, 0x02, 0x1a];

/// Digest OIDs (DER content bytes) as RSA-PSS names them, and the hash channel binding uses.
const HASH_OF_DIGEST: &[(&[u8], &Algorithm)] = &[
    (SHA1, &digest::SHA256),
    // id-sha256, id-sha384, id-sha512 (2.16.840.1.101.3.4.2.1, .2, .3).
    (&[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01], &digest::SHA256),
    (&[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02], &digest::SHA384),
    (&[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03], &digest::SHA512),
];

/// Signature algorithm OIDs (DER content bytes) and the hash channel binding uses for each.
const HASH_OF_SIGNATURE: &[(&[u8], &Algorithm)] = &[
    // md5WithRSAEncryption, sha1WithRSAEncryption (1.2.840.113549.1.1.4, .5): SHA-256 per the RFC.
    (&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x04], &digest::SHA256),
    (&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x05], &digest::SHA256),
    // sha256, sha384, sha512WithRSAEncryption (1.2.840.113549.1.1.11, .12, .13).
    (&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b], &digest::SHA256),
    (&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0c], &digest::SHA384),
    (&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0d], &digest::SHA512),
    // ecdsa-with-SHA1 (1.2.840.10045.4.1): SHA-256 per the RFC.
    (&[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x01], &digest::SHA256),
    // ecdsa-with-SHA256, SHA384, SHA512 (1.2.840.10045.4.3.2, .3, .4).
    (&[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02], &digest::SHA256),
    (&[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x03], &digest::SHA384),
    (&[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x04], &digest::SHA512),
];

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncRead for Stream<S> {
    fn poll_read(mut self: Pin<&mut Self>, context: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_read(context, buf)
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncWrite for Stream<S> {
    fn poll_write(mut self: Pin<&mut Self>, context: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(context, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.0).poll_write_vectored(context, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.0.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(context)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(context)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// DER of `tag` around `parts` (short lengths only, enough for these shapes).
    fn element(tag: u8, parts: &[&[u8]]) -> Vec<u8> {
        let content = parts.concat();
        [&[tag, u8::try_from(content.len()).unwrap()][..], &content].concat()
    }

    fn certificate_signed_with(oid: &[u8]) -> Vec<u8> {
        certificate_with_algorithm(oid, &[0x05, 0x00])
    }

    fn certificate_with_algorithm(oid: &[u8], parameters: &[u8]) -> Vec<u8> {
        let tbs = element(0x30, &[&[0x02, 0x01, 0x01]]);
        let algorithm = element(0x30, &[&element(OID_TAG, &[oid]), parameters]);
        element(0x30, &[&tbs, &algorithm, &element(0x03, &[&[0x00, 0xff]])])
    }

    #[test]
    fn the_signature_algorithm_names_the_hash() {
        let hash_of = |oid: &[u8]| end_point_hash(&certificate_signed_with(oid)).map(|hash| hash.output_len());
        assert_eq!(hash_of(&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b]), Some(32));
        assert_eq!(
            hash_of(&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x05]),
            Some(32),
            "SHA-1 goes up to SHA-256"
        );
        assert_eq!(hash_of(&[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x03]), Some(48));
        assert_eq!(hash_of(&[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0d]), Some(64));
        // Ed25519 (1.3.101.112) signs without a separate hash: no binding (libpq refuses the login).
        assert_eq!(hash_of(&[0x2b, 0x65, 0x70]), None);
    }

    #[test]
    fn rsa_pss_binds_with_the_hash_of_its_parameters() {
        let pss = |parameters: &[u8]| end_point_hash(&certificate_with_algorithm(RSASSA_PSS, parameters));
        let with_hash = |oid: &[u8]| {
            let identifier = element(0x30, &[&element(OID_TAG, &[oid]), &[0x05, 0x00]]);
            element(SEQUENCE_TAG, &[&element(HASH_ALGORITHM_TAG, &[&identifier]), &[0xa2, 0x03, 0x02, 0x01, 0x20]])
        };
        let sha384 = [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02];
        assert_eq!(pss(&with_hash(&sha384)).map(Algorithm::output_len), Some(48));
        assert_eq!(pss(&with_hash(SHA1)).map(Algorithm::output_len), Some(32), "SHA-1 goes up to SHA-256");
        // No hashAlgorithm: SHA-1 by default, so SHA-256.
        assert_eq!(pss(&element(SEQUENCE_TAG, &[])).map(Algorithm::output_len), Some(32));
        // SHA-224 (2.16.840.1.101.3.4.2.4) has no ring digest: no binding.
        assert_eq!(pss(&with_hash(&[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x04])), None);
        assert_eq!(pss(&[0x05, 0x00]), None, "parameters that are not a SEQUENCE");
    }

    #[test]
    fn a_truncated_certificate_has_no_binding() {
        let whole = certificate_signed_with(&[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02]);
        for cut in 0..whole.len() {
            assert_eq!(end_point_hash(&whole[..cut]).map(Algorithm::output_len), None, "cut at {cut}");
        }
    }
}
