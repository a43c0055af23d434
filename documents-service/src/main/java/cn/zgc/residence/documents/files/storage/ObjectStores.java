package cn.zgc.residence.documents.files.storage;

import cn.zgc.residence.documents.files.FilesConfig;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/** The one place the store is chosen: {@code zgc.documents.files.storage} = postgres (default) or s3. */
public class ObjectStores {

    @Produces
    @ApplicationScoped
    ObjectStore store(FilesConfig config, AgroalDataSource dataSource) {
        return switch (config.storage()) {
            case POSTGRES -> new PostgresObjectStore(dataSource);
            case S3 -> new S3ObjectStore(config.s3());
        };
    }

    void close(@Disposes ObjectStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
