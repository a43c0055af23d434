import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates the topics listed in topics.tsv that do not exist yet. Run by deploy/local/run. */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        List<String[]> rows = Files.readAllLines(Path.of(args[1])).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t")).toList();
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = rows.stream().filter(r -> !existing.contains(r[0]))
                    .map(r -> new NewTopic(r[0], Integer.parseInt(r[1]), (short) 1)
                            .configs(Map.of("retention.ms", r[2])))
                    .toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            System.out.println("topics: " + rows.size() + " declared, " + missing.size() + " created");
        }
    }
}
