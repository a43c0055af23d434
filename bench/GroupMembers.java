import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;

/**
 * Waits until a consumer group is stable with the given number of members, each holding partitions, and prints
 * who holds which (one line). Used by bench/scale after it takes a second documents-service instance away or brings
 * it back: a static member that stops keeps its partitions until its session times out (15 s), and a member that
 * joins takes its share only after the rebalance.
 * Args: kafkaBootstrap group members timeoutSeconds. Exit status 1 when the group did not get there in time.
 */
public class GroupMembers {
    public static void main(String[] args) throws Exception {
        String group = args[1];
        int members = Integer.parseInt(args[2]);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[3]));
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        try (Admin admin = Admin.create(props)) {
            String last = "";
            while (System.nanoTime() < deadline) {
                ConsumerGroupDescription description = admin.describeConsumerGroups(java.util.List.of(group))
                        .describedGroups().get(group).get(10, TimeUnit.SECONDS);
                TreeMap<String, Integer> held = new TreeMap<>();
                for (MemberDescription member : description.members()) {
                    held.put(member.groupInstanceId().orElse(member.consumerId()),
                            member.assignment().topicPartitions().size());
                }
                last = description.groupState() + " " + held;
                if (description.groupState() == GroupState.STABLE && held.size() == members
                        && held.values().stream().allMatch(partitions -> partitions > 0)) {
                    System.out.println(group + ": " + last);
                    return;
                }
                Thread.sleep(250);
            }
            System.out.println(group + ": not " + members + " stable members in time: " + last);
            System.exit(1);
        }
    }
}
