package cn.zgc.residence.documents.files.storage;

import cn.zgc.residence.documents.files.FilesConfig;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * An S3-compatible object store (AWS S3, MinIO, Ceph, S3Mock): bucket, endpoint, region and credentials from
 * configuration; uploads stream from the encrypted file on disk, downloads stream from the response.
 */
public final class S3ObjectStore implements ObjectStore, AutoCloseable {

    private final S3Client client;
    private final String bucket;

    public S3ObjectStore(FilesConfig.S3 config) {
        AwsCredentialsProvider credentials = config.accessKeyId().isPresent() && config.secretAccessKey().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKeyId().get(),
                        config.secretAccessKey().get()))
                : DefaultCredentialsProvider.builder().build();
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(config.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(config.pathStyle())
                // checksums only where S3 requires them: not every S3-compatible server knows the newer ones
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        config.endpoint().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        this.client = builder.build();
        this.bucket = config.bucket();
    }

    @Override
    public String name() {
        return "s3";
    }

    @Override
    public void put(String key, Path source) {
        client.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(source));
    }

    @Override
    public InputStream open(String key) {
        try {
            return client.getObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new UncheckedIOException(new MissingObject(key));
        }
    }

    @Override
    public void delete(String key) {
        client.deleteObject(b -> b.bucket(bucket).key(key));
    }

    @Override
    public void close() {
        client.close();
    }
}
