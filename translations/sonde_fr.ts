<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdviceService</name>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Planning %1</source>
        <translation>Planification : %1</translation>
    </message>
</context>
<context>
    <name>AdviseCommand</name>
    <message>
        <source>Give one connection URI.</source>
        <translation>Indiquez une URI de connexion.</translation>
    </message>
    <message>
        <source>Invalid --window: give seconds, e.g. --window 60.</source>
        <translation>--window invalide : indiquez des secondes, par ex. --window 60.</translation>
    </message>
    <message>
        <source>Invalid --min-saving: give a percentage, e.g. 0.5.</source>
        <translation>--min-saving invalide : indiquez un pourcentage, par ex. 0.5.</translation>
    </message>
    <message>
        <source>Invalid --lock-timeout: give milliseconds.</source>
        <translation>--lock-timeout invalide : indiquez des millisecondes.</translation>
    </message>
    <message>
        <source>%1 does not parse: %2</source>
        <translation>%1 ne peut pas être analysé : %2</translation>
    </message>
    <message>
        <source>recommend indexes proven by what-if analysis (HypoPG)</source>
        <translation>recommander des index prouvés par analyse hypothétique (HypoPG)</translation>
    </message>
    <message>
        <source>Invalid --example: give the statement&apos;s queryid and an example of it, e.g. --example 7243105491183924822=&quot;SELECT … WHERE id = 42&quot;.</source>
        <translation>--example invalide : indiquez le queryid de la requête et un exemple de celle-ci, par ex. --example 7243105491183924822=&quot;SELECT … WHERE id = 42&quot;.</translation>
    </message>
    <message>
        <source>Invalid --example for queryid %1: give one statement (%2).</source>
        <translation>--example invalide pour le queryid %1 : indiquez une seule requête (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvée</numerusform>
            <numerusform>%n trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a read-only profile: --apply builds indexes, so it is refused.</source>
        <translation>%1 est un profil en lecture seule : --apply crée des index, il est donc refusé.</translation>
    </message>
</context>
<context>
    <name>AdvisorCoverage</name>
    <message>
        <source>no statement of the workload reads this database&apos;s tables</source>
        <translation>aucune requête de la charge ne lit les tables de cette base</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) as written</source>
        <translation>
            <numerusform>%n requête telle qu&apos;écrite</numerusform>
            <numerusform>%n requêtes telles qu&apos;écrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with constants folded</source>
        <translation>
            <numerusform>%n avec les constantes regroupées</numerusform>
            <numerusform>%n avec les constantes regroupées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from your example</source>
        <translation>
            <numerusform>%n d&apos;après votre exemple</numerusform>
            <numerusform>%n d&apos;après vos exemples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from a text seen in pg_stat_activity</source>
        <translation>
            <numerusform>%n d&apos;après un texte vu dans pg_stat_activity</numerusform>
            <numerusform>%n d&apos;après des textes vus dans pg_stat_activity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with values pg_qualstats saw</source>
        <translation>
            <numerusform>%n avec des valeurs vues par pg_qualstats</numerusform>
            <numerusform>%n avec des valeurs vues par pg_qualstats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not planned</source>
        <translation>
            <numerusform>%n non planifiée</numerusform>
            <numerusform>%n non planifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the workload&apos;s time planned (%2)</source>
        <translation>%1 du temps de la charge planifié (%2)</translation>
    </message>
</context>
<context>
    <name>AdvisorReportText</name>
    <message>
        <source>pg_stat_statements since its last reset</source>
        <translation>pg_stat_statements depuis sa dernière réinitialisation</translation>
    </message>
    <message>
        <source>the statements given</source>
        <translation>les requêtes fournies</translation>
    </message>
    <message numerus="yes">
        <source>Index advice for %1: %n statement(s) on its tables from %2, %3 of statement time.</source>
        <translation>
            <numerusform>Conseils d&apos;index pour %1 : %n requête sur ses tables d&apos;après %2, %3 du temps des requêtes.</numerusform>
            <numerusform>Conseils d&apos;index pour %1 : %n requêtes sur ses tables d&apos;après %2, %3 du temps des requêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>HypoPG tried %1 candidate indexes with %2 plans in %3.</source>
        <translation>HypoPG a essayé %1 index candidats avec %2 plans en %3.</translation>
    </message>
    <message>
        <source>No index to recommend.</source>
        <translation>Aucun index à recommander.</translation>
    </message>
    <message>
        <source>saves about %1 (%2 of the workload) · size %3 · %4</source>
        <translation>fait gagner environ %1 (%2 de la charge de travail) · taille %3 · %4</translation>
    </message>
    <message>
        <source>write cost: %1</source>
        <translation>coût en écriture : %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>revert: %1;</source>
        <translation>annulation : %1;</translation>
    </message>
    <message>
        <source>Statements no index helps:</source>
        <translation>Requêtes qu&apos;aucun index n&apos;aide :</translation>
    </message>
    <message>
        <source>Existing indexes:</source>
        <translation>Index existants :</translation>
    </message>
    <message>
        <source>fix: %1;</source>
        <translation>correction : %1;</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>planned: %1</source>
        <translation>planifiée : %1</translation>
    </message>
    <message>
        <source>Coverage: %1.</source>
        <translation>Couverture : %1.</translation>
    </message>
    <message>
        <source>!! INCOMPLETE ADVICE: %1.</source>
        <translation>!! CONSEILS INCOMPLETS : %1.</translation>
    </message>
    <message numerus="yes">
        <source>!! %n statement(s) could not be planned and got no advice, however much time they take:</source>
        <translation>
            <numerusform>!! %n requête n&apos;a pas pu être planifiée et n&apos;a reçu aucun conseil, quel que soit le temps qu&apos;elle prend :</numerusform>
            <numerusform>!! %n requêtes n&apos;ont pas pu être planifiées et n&apos;ont reçu aucun conseil, quel que soit le temps qu&apos;elles prennent :</numerusform>
        </translation>
    </message>
    <message>
        <source> (queryid %1)</source>
        <translation> (queryid %1)</translation>
    </message>
    <message>
        <source>!! To plan one, give an example of it with real values: sonde-cli advise &lt;uri&gt; --example QUERYID=&apos;SELECT …&apos;</source>
        <translation>!! Pour en planifier une, donnez-en un exemple avec des valeurs réelles : sonde-cli advise &lt;uri&gt; --example QUERYID=&apos;SELECT …&apos;</translation>
    </message>
    <message>
        <source>%1 of the time, cost %2 → %3 (%4× cheaper%5): %6</source>
        <translation>%1 du temps, coût %2 → %3 (%4× moins coûteux%5) : %6</translation>
    </message>
    <message>
        <source>pg_stat_statements over %1</source>
        <translation>pg_stat_statements sur %1</translation>
    </message>
</context>
<context>
    <name>AlertMonitor</name>
    <message>
        <source>%1: %2 is %3 (%4 threshold %5 %6)</source>
        <translation>%1 : %2 vaut %3 (%4 : seuil %5 %6)</translation>
    </message>
    <message>
        <source>%1: %2 is back to normal (%3)</source>
        <translation>%1 : retour à la normale pour %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 eased from %3 to %4 (%5)</source>
        <translation>%1 : %2 redescend de %3 à %4 (%5)</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>Nombre d&apos;arguments incorrect.</translation>
    </message>
    <message>
        <source>Invalid --lock-timeout: give milliseconds.</source>
        <translation>--lock-timeout invalide : indiquez des millisecondes.</translation>
    </message>
    <message>
        <source>Give the change&apos;s number from sonde-cli changes.</source>
        <translation>Indiquez le numéro de la modification donné par sonde-cli changes.</translation>
    </message>
    <message>
        <source>build an index safely (CONCURRENTLY, progress, cancel, change log)</source>
        <translation>construire un index en toute sécurité (CONCURRENTLY, progression, annulation, journal des modifications)</translation>
    </message>
    <message>
        <source>drop an index Sonde built, by its change number</source>
        <translation>supprimer un index construit par Sonde, d&apos;après son numéro de modification</translation>
    </message>
    <message>
        <source>%1 is a read-only profile: index changes are refused.</source>
        <translation>%1 est un profil en lecture seule : les modifications d&apos;index sont refusées.</translation>
    </message>
</context>
<context>
    <name>ApplyRunner</name>
    <message>
        <source>Interrupted build: %1</source>
        <translation>Construction interrompue : %1</translation>
    </message>
    <message>
        <source>Sonde will run on %1:</source>
        <translation>Sonde va exécuter sur %1 :</translation>
    </message>
    <message numerus="yes">
        <source>Build %n index(es) now?</source>
        <translation>
            <numerusform>Construire %n index maintenant ?</numerusform>
            <numerusform>Construire %n index maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 was not built: %2</source>
        <translation>%1 n&apos;a pas été construit : %2</translation>
    </message>
    <message>
        <source>There is no change #%1 in the change log (%2).</source>
        <translation>Aucune modification #%1 dans le journal des modifications (%2).</translation>
    </message>
    <message>
        <source>Drop the index now?</source>
        <translation>Supprimer l&apos;index maintenant ?</translation>
    </message>
    <message>
        <source>The revert failed: %1</source>
        <translation>L&apos;annulation de la modification a échoué : %1</translation>
    </message>
    <message>
        <source>Dropped %1.%2 (change #%3).</source>
        <translation>%1.%2 supprimé (modification #%3).</translation>
    </message>
    <message>
        <source>Change #%1 is not an index build: undo it with sonde-cli health %2 --revert %1.</source>
        <translation>La modification #%1 n&apos;est pas une construction d&apos;index : annulez-la avec sonde-cli health %2 --revert %1.</translation>
    </message>
    <message>
        <source>Change #%1 (%2) has no index left on the server: nothing to drop.</source>
        <translation>La modification n°%1 (%2) n&apos;a laissé aucun index sur le serveur : rien à supprimer.</translation>
    </message>
    <message>
        <source>(Change #%1 is %2: its index is dropped if it is still there.)</source>
        <translation>(La modification n°%1 est %2 : son index est supprimé s&apos;il existe encore.)</translation>
    </message>
    <message>
        <source>Built %1 in %2 (change #%3; revert with sonde-cli revert %4 %3).</source>
        <translation>%1 construit en %2 (modification #%3 ; pour annuler : sonde-cli revert %4 %3).</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>Give exactly one server URI to benchmark.</source>
        <translation>Indiquez exactement une URI de serveur à soumettre au benchmark.</translation>
    </message>
    <message>
        <source>Unknown workload &quot;%1&quot;: use select-only, read-write, script FILE, replay, redis-get, redis-set, redis-mixed or cache-aside.</source>
        <translation>Charge de travail &quot;%1&quot; inconnue : utilisez select-only, read-write, script FICHIER, replay, redis-get, redis-set, redis-mixed ou cache-aside.</translation>
    </message>
    <message>
        <source>Unknown protocol &quot;%1&quot;: use simple, extended or prepared.</source>
        <translation>Protocole &quot;%1&quot; inconnu : utilisez simple, extended ou prepared.</translation>
    </message>
    <message>
        <source>The %1 workload needs a redis:// URI.</source>
        <translation>La charge de travail %1 nécessite une URI redis://.</translation>
    </message>
    <message>
        <source>The %1 workload needs a PostgreSQL URI, not a Redis one.</source>
        <translation>La charge de travail %1 nécessite une URI PostgreSQL, pas une URI Redis.</translation>
    </message>
    <message>
        <source>Stopping the benchmark…</source>
        <translation>Arrêt du benchmark…</translation>
    </message>
    <message>
        <source> (warm-up)</source>
        <translation> (préchauffage)</translation>
    </message>
    <message>
        <source>The run was not stored: %1</source>
        <translation>L&apos;exécution n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>workload      %1</source>
        <translation>charge        %1</translation>
    </message>
    <message>
        <source>target        %1 (%2)</source>
        <translation>cible         %1 (%2)</translation>
    </message>
    <message>
        <source>status        %1</source>
        <translation>statut        %1</translation>
    </message>
    <message>
        <source>throughput    %1 tx/s</source>
        <translation>débit         %1 tx/s</translation>
    </message>
    <message>
        <source>errors        %1</source>
        <translation>erreurs       %1</translation>
    </message>
    <message>
        <source>latency (ms)  p50 %1  p90 %2  p95 %3  p99 %4  p99.9 %5  max %6</source>
        <translation>latence (ms)  p50 %1  p90 %2  p95 %3  p99 %4  p99.9 %5  max %6</translation>
    </message>
    <message>
        <source>note          %1</source>
        <translation>note          %1</translation>
    </message>
    <message>
        <source>stored as run %1</source>
        <translation>enregistré comme exécution %1</translation>
    </message>
    <message>
        <source>The benchmark failed: %1</source>
        <translation>Le benchmark a échoué : %1</translation>
    </message>
    <message>
        <source>benchmark a PostgreSQL, PgBouncer or Redis server</source>
        <translation>lancer un benchmark sur un serveur PostgreSQL, PgBouncer ou Redis</translation>
    </message>
    <message>
        <source>Invalid weight specification: %1 (give FILE@WEIGHT with an integer weight).</source>
        <translation>Poids invalide : %1 (donnez FICHIER@POIDS avec un poids entier).</translation>
    </message>
    <message>
        <source>The weight %1 is out of range (0 to %2).</source>
        <translation>Le poids %1 est hors limites (0 à %2).</translation>
    </message>
    <message>
        <source>No built-in script &quot;%1&quot; (or several match it): use tpcb-like, simple-update or select-only.</source>
        <translation>Aucun script intégré « %1 » (ou plusieurs y correspondent) : utilisez tpcb-like, simple-update ou select-only.</translation>
    </message>
    <message>
        <source>--script and --builtin run the scripts they name (the script workload): leave out --workload %1.</source>
        <translation>--script et --builtin exécutent les scripts qu’ils nomment (la charge script) : retirez --workload %1.</translation>
    </message>
    <message>
        <source>Invalid value for --latency-limit: give a number of milliseconds above 0.</source>
        <translation>Valeur invalide pour --latency-limit : donnez un nombre de millisecondes supérieur à 0.</translation>
    </message>
    <message>
        <source>Invalid variable definition &quot;%1&quot;: use -D NAME=VALUE.</source>
        <translation>Définition de variable invalide « %1 » : utilisez -D NOM=VALEUR.</translation>
    </message>
    <message>
        <source>--workload script needs a file: --workload script FILE, or --script FILE.</source>
        <translation>--workload script demande un fichier : --workload script FICHIER, ou --script FICHIER.</translation>
    </message>
    <message>
        <source> In a PostgreSQL script, pipeline with \startpipeline and \endpipeline.</source>
        <translation> Dans un script PostgreSQL, utilisez \startpipeline et \endpipeline pour le pipeline.</translation>
    </message>
    <message>
        <source> Cache-aside runs each client on its own thread.</source>
        <translation> Le cache-aside exécute chaque client sur son propre thread.</translation>
    </message>
    <message>
        <source>--%1 does not apply to the %2 workload (it applies to %3).%4</source>
        <translation>--%1 ne s’applique pas à la charge %2 (il s’applique à %3).%4</translation>
    </message>
    <message>
        <source>Give either --transactions or --duration, not both.</source>
        <translation>Donnez --transactions ou --duration, pas les deux.</translation>
    </message>
    <message>
        <source>random seed   %1</source>
        <translation>graine        %1</translation>
    </message>
    <message>
        <source>retried       %1 transactions, %2 retries in all (at most %3 tries)</source>
        <translation>réessayées    %1 transactions, %2 nouveaux essais en tout (au plus %3 essais)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: give one server URI; to run a pgbench script, give it with --script FILE.</source>
        <translation>Argument inattendu « %1 » : donnez une seule URI de serveur ; pour exécuter un script pgbench, donnez-le avec --script FICHIER.</translation>
    </message>
    <message>
        <source>pgbench&apos;s -%1 is %2 here.</source>
        <translation>L’option -%1 de pgbench s’écrit %2 ici.</translation>
    </message>
    <message>
        <source>Invalid value for --rate: give transactions per second above 0 (leave it out to run as fast as possible).</source>
        <translation>Valeur invalide pour --rate : indiquez un nombre de transactions par seconde supérieur à 0 (omettez-la pour aller aussi vite que possible).</translation>
    </message>
    <message>
        <source>Cannot read the script %1: %2</source>
        <translation>Impossible de lire le script %1 : %2</translation>
    </message>
    <message>
        <source>the script %1</source>
        <translation>le script %1</translation>
    </message>
    <message>
        <source>%1%2: %3 tx/s, p50 %4, p99 %5, %6 errors</source>
        <translation>%1%2 : %3 tx/s, p50 %4, p99 %5, %6 erreurs</translation>
    </message>
    <message>
        <source>transactions  %1 in %2 (+%3 in warm-up)</source>
        <translation>transactions  %1 en %2 (+%3 en préchauffage)</translation>
    </message>
    <message>
        <source>failed        %1 (%2)</source>
        <translation>échouées      %1 (%2)</translation>
    </message>
    <message>
        <source>skipped       %1 (%2): already later than %3 when due</source>
        <translation>sautées       %1 (%2) : déjà en retard de plus de %3 à leur échéance</translation>
    </message>
    <message>
        <source>late          %1 (%2) above the %3 latency limit</source>
        <translation>en retard     %1 (%2) au-delà de la limite de latence de %3</translation>
    </message>
    <message>
        <source>script %1      %2, weight %3 (targets %4 of total)</source>
        <translation>script %1      %2, poids %3 (vise %4 du total)</translation>
    </message>
    <message>
        <source>              %1 transactions (%2 of total, %3 tx/s), %4 failed, %5 skipped</source>
        <translation>              %1 transactions (%2 du total, %3 tx/s), %4 échouées, %5 sautées</translation>
    </message>
    <message>
        <source>              latency average %1, stddev %2</source>
        <translation>              latence moyenne %1, écart type %2</translation>
    </message>
    <message>
        <source>commands of %1 (average latency, failures, retries):</source>
        <translation>commandes de %1 (latence moyenne, échecs, nouveaux essais) :</translation>
    </message>
</context>
<context>
    <name>BenchmarkChartPainter</name>
    <message>
        <source>Latency distribution (CDF)</source>
        <translation>Distribution des latences (CDF)</translation>
    </message>
    <message>
        <source>latency (ms, log scale)</source>
        <translation>latence (ms, échelle log)</translation>
    </message>
    <message>
        <source>% of transactions</source>
        <translation>% des transactions</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>seconds since start</source>
        <translation>secondes depuis le début</translation>
    </message>
    <message>
        <source>Throughput per second</source>
        <translation>Débit par seconde</translation>
    </message>
    <message>
        <source>transactions/s</source>
        <translation>transactions/s</translation>
    </message>
    <message>
        <source>Latency p99 per second</source>
        <translation>Latence p99 par seconde</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>BenchmarkComparison</name>
    <message>
        <source>Server transactions/s</source>
        <translation>Transactions/s (serveur)</translation>
    </message>
    <message>
        <source>Buffer cache hit rate</source>
        <translation>Taux de succès du cache de tampons</translation>
    </message>
    <message>
        <source>Blocks read from disk/s</source>
        <translation>Blocs lus sur disque/s</translation>
    </message>
    <message>
        <source>Rows read/s</source>
        <translation>Lignes lues/s</translation>
    </message>
    <message>
        <source>Temporary files</source>
        <translation>Fichiers temporaires</translation>
    </message>
    <message>
        <source>Deadlocks</source>
        <translation>Interblocages</translation>
    </message>
    <message>
        <source>Redis commands/s</source>
        <translation>Commandes Redis/s</translation>
    </message>
    <message>
        <source>Redis keyspace hit rate</source>
        <translation>Taux de succès du keyspace Redis</translation>
    </message>
    <message>
        <source>Evicted keys</source>
        <translation>Clés évincées</translation>
    </message>
    <message>
        <source>PgBouncer clients waiting (max)</source>
        <translation>Clients PgBouncer en attente (max)</translation>
    </message>
    <message>
        <source>PgBouncer longest wait</source>
        <translation>Plus longue attente PgBouncer</translation>
    </message>
    <message>
        <source>Cache hit rate (clients)</source>
        <translation>Taux de succès du cache (clients)</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Mean latency</source>
        <translation>Latence moyenne</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latence p50</translation>
    </message>
    <message>
        <source>Latency p90</source>
        <translation>Latence p90</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latence p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latence p99</translation>
    </message>
    <message>
        <source>Latency p99.9</source>
        <translation>Latence p99.9</translation>
    </message>
    <message>
        <source>Latency max</source>
        <translation>Latence max</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
</context>
<context>
    <name>BenchmarkConfig</name>
    <message>
        <source>Select-only (pgbench -S)</source>
        <translation>SELECT uniquement (pgbench -S)</translation>
    </message>
    <message>
        <source>Read-write mix (pgbench TPC-B)</source>
        <translation>Lecture-écriture (pgbench TPC-B)</translation>
    </message>
    <message>
        <source>Custom pgbench script</source>
        <translation>Script pgbench personnalisé</translation>
    </message>
    <message>
        <source>Replay of captured statements</source>
        <translation>Rejeu des requêtes capturées</translation>
    </message>
    <message>
        <source>Redis GET</source>
        <translation>Redis GET</translation>
    </message>
    <message>
        <source>Redis SET</source>
        <translation>Redis SET</translation>
    </message>
    <message>
        <source>Redis GET/SET mix</source>
        <translation>Mélange GET/SET Redis</translation>
    </message>
    <message>
        <source>Cache-aside (Redis + PostgreSQL)</source>
        <translation>Cache-aside (Redis + PostgreSQL)</translation>
    </message>
    <message>
        <source>The number of clients must be between 1 and 1000.</source>
        <translation>Le nombre de clients doit être compris entre 1 et 1000.</translation>
    </message>
    <message>
        <source>The number of threads must be between 1 and the number of clients (%1).</source>
        <translation>Le nombre de threads doit être compris entre 1 et le nombre de clients (%1).</translation>
    </message>
    <message>
        <source>Give a duration or a number of transactions.</source>
        <translation>Indiquez une durée ou un nombre de transactions.</translation>
    </message>
    <message>
        <source>Warm-up and target rate cannot be negative.</source>
        <translation>Le préchauffage et le débit cible ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>The pipeline depth must be between 1 and 10000.</source>
        <translation>La profondeur de pipeline doit être comprise entre 1 et 10000.</translation>
    </message>
    <message>
        <source>The key space needs at least one key.</source>
        <translation>L&apos;espace de clés doit contenir au moins une clé.</translation>
    </message>
    <message>
        <source>The value size must be between 1 byte and 64 MB.</source>
        <translation>La taille des valeurs doit être comprise entre 1 octet et 64 MB.</translation>
    </message>
    <message>
        <source>The script is empty: load a pgbench script file.</source>
        <translation>Le script est vide : chargez un fichier de script pgbench.</translation>
    </message>
    <message>
        <source>Cache-aside needs a PostgreSQL connection behind the cache.</source>
        <translation>Cache-aside nécessite une connexion PostgreSQL derrière le cache.</translation>
    </message>
    <message>
        <source>PgBouncer in transaction mode cannot keep named prepared statements: use the extended or simple protocol through it.</source>
        <translation>PgBouncer en mode transaction ne peut pas conserver les requêtes préparées nommées : passez par le protocole étendu (extended) ou simple.</translation>
    </message>
    <message>
        <source>Choose a target to benchmark.</source>
        <translation>Choisissez une cible pour le benchmark.</translation>
    </message>
    <message numerus="yes">
        <source>, %n client(s)</source>
        <translation>
            <numerusform>, %n client</numerusform>
            <numerusform>, %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n thread(s)</source>
        <translation>
            <numerusform>, %n thread</numerusform>
            <numerusform>, %n threads</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 transactions</source>
        <translation>, %1 transactions</translation>
    </message>
    <message>
        <source>, pipeline %1</source>
        <translation>, pipeline %1</translation>
    </message>
    <message>
        <source>, %1/s target</source>
        <translation>, cible %1/s</translation>
    </message>
    <message>
        <source>, through PgBouncer</source>
        <translation>, via PgBouncer</translation>
    </message>
    <message>
        <source>Unrecognized random seed &quot;%1&quot;: give an unsigned integer, &quot;time&quot; or &quot;rand&quot;.</source>
        <translation>Graine aléatoire non reconnue « %1 » : donnez un entier non signé, « time » ou « rand ».</translation>
    </message>
    <message>
        <source>The script %1 is empty: load a pgbench script file.</source>
        <translation>Le script %1 est vide : chargez un fichier de script pgbench.</translation>
    </message>
    <message>
        <source>The weight of %1 cannot be negative.</source>
        <translation>Le poids de %1 ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The scripts&apos; weights cannot all be zero.</source>
        <translation>Les poids des scripts ne peuvent pas tous être nuls.</translation>
    </message>
    <message>
        <source>The number of tries cannot be negative.</source>
        <translation>Le nombre d’essais ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The latency limit cannot be negative.</source>
        <translation>La limite de latence ne peut pas être négative.</translation>
    </message>
    <message>
        <source>An unlimited number of tries (0) needs a latency limit or a duration to bound the retries.</source>
        <translation>Un nombre d’essais illimité (0) demande une limite de latence ou une durée pour borner les nouveaux essais.</translation>
    </message>
    <message>
        <source>At most %1 scripts can run together.</source>
        <translation>Au plus %1 scripts peuvent s’exécuter ensemble.</translation>
    </message>
</context>
<context>
    <name>BenchmarkEngine</name>
    <message>
        <source>The Redis URI is not valid: %1</source>
        <translation>L&apos;URI Redis n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connecting to PostgreSQL…</source>
        <translation>Connexion à PostgreSQL…</translation>
    </message>
    <message>
        <source>Reading the pgbench scale…</source>
        <translation>Lecture de l&apos;échelle pgbench…</translation>
    </message>
    <message>
        <source>Capturing the top statements of pg_stat_statements…</source>
        <translation>Capture des principales requêtes de pg_stat_statements…</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n client connection(s)…</source>
        <translation>
            <numerusform>Ouverture de %n connexion client…</numerusform>
            <numerusform>Ouverture de %n connexions client…</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <source>No transaction succeeded: %1</source>
        <translation>Aucune transaction n&apos;a réussi : %1</translation>
    </message>
    <message>
        <source>%1 is PgBouncer: the run goes through it in transaction mode (no startup options, no named prepared statements).</source>
        <translation>%1 est PgBouncer : l&apos;exécution passe par lui en mode transaction (sans options de démarrage ni requêtes préparées nommées).</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) stopped on a script error, as pgbench aborts them: %1</source>
        <translation>
            <numerusform>%n client arrêté sur une erreur de script, comme pgbench l’interrompt : %1</numerusform>
            <numerusform>%n clients arrêtés sur une erreur de script, comme pgbench les interrompt : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BenchmarkStore</name>
    <message>
        <source>Cannot open the benchmark database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base des benchmarks %1 : %2</translation>
    </message>
    <message>
        <source>The benchmark database refused &quot;%1&quot;: %2</source>
        <translation>La base des benchmarks a refusé &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>Sonde stopped during this run: the figures cover the seconds it recorded.</source>
        <translation>Sonde s&apos;est arrêté pendant cette exécution : les chiffres couvrent les secondes enregistrées.</translation>
    </message>
    <message>
        <source>The run could not be stored: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;exécution : %1</translation>
    </message>
    <message>
        <source>The run %1 could not be updated: %2</source>
        <translation>Impossible de mettre à jour l&apos;exécution %1 : %2</translation>
    </message>
    <message>
        <source>There is no benchmark run %1 in %2: `sonde-cli compare --list` shows the stored runs.</source>
        <translation>Aucune exécution de benchmark %1 dans %2 : `sonde-cli compare --list` affiche les exécutions enregistrées.</translation>
    </message>
    <message>
        <source>Cannot prepare the benchmark database %1: %2</source>
        <translation>Impossible de préparer la base des benchmarks %1 : %2</translation>
    </message>
</context>
<context>
    <name>BloatChecks</name>
    <message>
        <source>Scans read the empty pages too and the cache holds fewer useful ones; VACUUM makes the space reusable but does not give it back.</source>
        <translation>Les parcours lisent aussi les pages vides et le cache garde moins de pages utiles ; VACUUM rend l&apos;espace réutilisable mais ne le rend pas au système.</translation>
    </message>
    <message>
        <source>Rebuild the index without blocking writes.</source>
        <translation>Reconstruire l&apos;index sans bloquer les écritures.</translation>
    </message>
    <message>
        <source>REINDEX CONCURRENTLY needs about the index&apos;s size in free disk space while it runs.</source>
        <translation>REINDEX CONCURRENTLY a besoin d&apos;environ la taille de l&apos;index en espace disque libre pendant qu&apos;il tourne.</translation>
    </message>
    <message>
        <source>Rewrite the table compactly. On a busy table prefer pg_repack, which does it without the long lock.</source>
        <translation>Réécrire la table de façon compacte. Sur une table active, préférez pg_repack, qui le fait sans le long verrou.</translation>
    </message>
    <message>
        <source>VACUUM FULL holds an ACCESS EXCLUSIVE lock on the table for the whole rewrite: no reads or writes until it ends; it needs the table&apos;s size in free disk space.</source>
        <translation>VACUUM FULL tient un verrou ACCESS EXCLUSIVE sur la table pendant toute la réécriture : ni lecture ni écriture jusqu&apos;à la fin ; il lui faut la taille de la table en espace disque libre.</translation>
    </message>
    <message>
        <source>Bloat figures are estimates from the planner&apos;s statistics; install pgstattuple (CREATE EXTENSION pgstattuple) to have them measured.</source>
        <translation>Les chiffres de fragmentation sont des estimations tirées des statistiques du planificateur ; installez pgstattuple (CREATE EXTENSION pgstattuple) pour qu&apos;ils soient mesurés.</translation>
    </message>
    <message>
        <source>Index %1 on %2 takes %3, of which about %4 (%5) holds no entries.</source>
        <translation>L&apos;index %1 sur %2 occupe %3, dont environ %4 (%5) ne contient aucune entrée.</translation>
    </message>
    <message>
        <source>Table %1 takes %2, of which about %3 (%4) holds no live rows.</source>
        <translation>La table %1 occupe %2, dont environ %3 (%4) ne contient aucune ligne vivante.</translation>
    </message>
</context>
<context>
    <name>BoundedRead</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 Sonde reads from one input (%3 bytes).</source>
        <translation>%1 dépasse les %2 que Sonde lit d&apos;une entrée (%3 octets).</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 Sonde reads from one input: nothing was read.</source>
        <translation>%1 dépasse les %2 que Sonde lit d&apos;une entrée : rien n&apos;a été lu.</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Impossible de lire l&apos;entrée standard : %1</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>L&apos;entrée standard</translation>
    </message>
    <message>
        <source>The line read from standard input is longer than %1 bytes.</source>
        <translation>La ligne lue sur l&apos;entrée standard dépasse %1 octets.</translation>
    </message>
</context>
<context>
    <name>BuildRecovery</name>
    <message>
        <source>Finished the drop of %1 that was interrupted at %2.</source>
        <translation>Suppression de %1, interrompue le %2, terminée.</translation>
    </message>
    <message>
        <source>The build of %1 started at %2 completed although Sonde stopped: the index is valid.</source>
        <translation>La création de %1 lancée le %2 s&apos;est achevée malgré l&apos;arrêt de Sonde : l&apos;index est valide.</translation>
    </message>
    <message>
        <source>The build of %1 started at %2 was interrupted before it created anything.</source>
        <translation>La création de %1 lancée le %2 a été interrompue avant d&apos;avoir créé quoi que ce soit.</translation>
    </message>
    <message>
        <source>The build of %1 started at %2 was interrupted and left an INVALID index. %3</source>
        <translation>La création de %1 lancée le %2 a été interrompue et a laissé un index INVALID. %3</translation>
    </message>
    <message>
        <source>Sonde stopped while running &quot;%1&quot; (started at %2): check whether it took effect (pg_settings, the object it changed) before running it again.</source>
        <translation>Sonde s&apos;est arrêté pendant « %1 » (commencé à %2) : vérifiez si la modification a pris effet (pg_settings, l&apos;objet modifié) avant de la relancer.</translation>
    </message>
    <message>
        <source>The drop of %1 started at %2 was interrupted and could not be finished yet: %3 Sonde retries at its next start.</source>
        <translation>La suppression de %1 commencée à %2 a été interrompue et n&apos;a pas encore pu être terminée : %3 Sonde réessaie à son prochain démarrage.</translation>
    </message>
    <message>
        <source>The INVALID index %1 left by the build interrupted at %2 is gone.</source>
        <translation>L&apos;index INVALID %1 laissé par la construction interrompue à %2 a disparu.</translation>
    </message>
    <message>
        <source>The index is still there: Sonde retries at its next start, and reverting change #%1 drops it now.</source>
        <translation>L&apos;index est toujours là : Sonde réessaie à son prochain démarrage, et annuler la modification n°%1 le supprime tout de suite.</translation>
    </message>
</context>
<context>
    <name>CacheAsideWorker</name>
    <message>
        <source>pgbench_accounts cannot be read (%1): initialise the pgbench tables first.</source>
        <translation>Impossible de lire pgbench_accounts (%1) : initialisez d&apos;abord les tables pgbench.</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>Cannot open the change log %1: %2</source>
        <translation>Impossible d&apos;ouvrir le journal des modifications %1 : %2</translation>
    </message>
    <message>
        <source>Cannot prepare the change log: %1</source>
        <translation>Impossible de préparer le journal des modifications : %1</translation>
    </message>
    <message>
        <source>Cannot write to the change log: %1</source>
        <translation>Impossible d&apos;écrire dans le journal des modifications : %1</translation>
    </message>
    <message>
        <source>Cannot prepare the change log %1: %2</source>
        <translation>Impossible de préparer le journal des modifications %1 : %2</translation>
    </message>
    <message>
        <source>user id %1</source>
        <translation>utilisateur n° %1</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (en tant que %2)</translation>
    </message>
</context>
<context>
    <name>ChangesCommand</name>
    <message>
        <source>Give at most one URI.</source>
        <translation>Indiquez au plus une URI.</translation>
    </message>
    <message>
        <source>revert: %1;</source>
        <translation>annulation : %1;</translation>
    </message>
    <message>
        <source>No changes recorded in %1.</source>
        <translation>Aucune modification enregistrée dans %1.</translation>
    </message>
    <message>
        <source>list the changes Sonde made (the change log)</source>
        <translation>lister les modifications faites par Sonde (le journal des modifications)</translation>
    </message>
    <message>
        <source>Interrupted builds could not be checked: %1</source>
        <translation>Les constructions interrompues n&apos;ont pas pu être vérifiées : %1</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>Invalid value for --%1: %2</source>
        <translation>Valeur invalide pour --%1 : %2</translation>
    </message>
</context>
<context>
    <name>CliTarget</name>
    <message>
        <source>--password-stdin: standard input is empty.</source>
        <translation>--password-stdin : l&apos;entrée standard est vide.</translation>
    </message>
    <message>
        <source>%1 is a Redis server: this command works on PostgreSQL.</source>
        <translation>%1 est un serveur Redis : cette commande travaille sur PostgreSQL.</translation>
    </message>
    <message>
        <source>Targets and passwords:
  &lt;uri&gt; is a postgresql:// or redis:// URI, key=value conninfo, or the name of a
  connection profile saved in the Sonde window (its password comes from the
  keychain). Keep passwords off the command line, where ps shows them:
  --password-stdin   read the password from the first line of standard input
  PGPASSWORD, ~/.pgpass, service=…
                     libpq&apos;s own habits, for PostgreSQL and PgBouncer
  REDISCLI_AUTH      the Redis password, as redis-cli reads it
  Messages never show a password, and at most %1 characters of a URI.</source>
        <translation>Cibles et mots de passe :
  &lt;uri&gt; est une URI postgresql:// ou redis://, une chaîne clé=valeur, ou le nom d&apos;un
  profil de connexion enregistré dans la fenêtre de Sonde (son mot de passe vient du
  trousseau). Gardez les mots de passe hors de la ligne de commande, que ps affiche :
  --password-stdin   lire le mot de passe sur la première ligne de l&apos;entrée standard
  PGPASSWORD, ~/.pgpass, service=…
                     les usages de libpq, pour PostgreSQL et PgBouncer
  REDISCLI_AUTH      le mot de passe Redis, comme le lit redis-cli
  Les messages n&apos;affichent jamais de mot de passe, et au plus %1 caractères d&apos;une URI.</translation>
    </message>
    <message>
        <source>Exit status (the same for every command):
  0  done
  1  failed: the server could not be reached or did not answer in time, refused
     the login, or the work failed on it
  2  usage error or bad input (options, the target, an input file): nothing was
     sent to a server
  3  refused: a write not confirmed or declined, or forbidden by read-only mode;
     nothing was changed</source>
        <translation>Code de sortie (le même pour toutes les commandes) :
  0  terminé
  1  échec : le serveur est injoignable ou n&apos;a pas répondu à temps, a refusé la
     connexion, ou le travail a échoué sur lui
  2  erreur d&apos;utilisation ou entrée invalide (options, cible, fichier lu) : rien n&apos;a
     été envoyé à un serveur
  3  refusé : une écriture non confirmée ou déclinée, ou interdite en lecture seule ;
     rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Give two run ids (see sonde-cli compare --list).</source>
        <translation>Indiquez deux identifiants d&apos;exécution (voir sonde-cli compare --list).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id (a number; see sonde-cli compare --list).</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant d&apos;exécution (un nombre ; voir sonde-cli compare --list).</translation>
    </message>
    <message>
        <source>before  run %1: %2</source>
        <translation>avant  exécution %1 : %2</translation>
    </message>
    <message>
        <source>after   run %1: %2</source>
        <translation>après  exécution %1 : %2</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>amélioration</translation>
    </message>
    <message>
        <source>HTML report written to %1</source>
        <translation>Rapport HTML écrit dans %1</translation>
    </message>
    <message>
        <source>PDF report written to %1</source>
        <translation>Rapport PDF écrit dans %1</translation>
    </message>
    <message>
        <source>compare two stored benchmark runs; export the report</source>
        <translation>comparer deux exécutions de benchmark enregistrées ; exporter le rapport</translation>
    </message>
</context>
<context>
    <name>ComparisonConfidence</name>
    <message numerus="yes">
        <source>Run #%1: %n measured interval(s), no variation to tell</source>
        <translation>
            <numerusform>Exécution n° %1 : %n intervalle mesuré, aucune variation à évaluer</numerusform>
            <numerusform>Exécution n° %1 : %n intervalles mesurés, aucune variation à évaluer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run #%1 has only %n measured interval(s), fewer than %2: too few to tell its variation. Run for at least %2 s.</source>
        <translation>
            <numerusform>L&apos;exécution n° %1 n&apos;a que %n intervalle mesuré, moins de %2 : trop peu pour évaluer sa variation. Exécutez-la au moins %2 s.</numerusform>
            <numerusform>L&apos;exécution n° %1 n&apos;a que %n intervalles mesurés, moins de %2 : trop peu pour évaluer sa variation. Exécutez-la au moins %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before claiming a change, repeat each run a few times (alternating before and after) and compare the repeats.</source>
        <translation>Avant d&apos;annoncer un changement, répétez chaque exécution plusieurs fois (en alternant avant et après) et comparez les répétitions.</translation>
    </message>
    <message numerus="yes">
        <source>Run #%1: throughput varied %2 from second to second (coefficient of variation) over %n interval(s)</source>
        <translation>
            <numerusform>Exécution n° %1 : le débit a varié de %2 d&apos;une seconde à l&apos;autre (coefficient de variation) sur %n intervalle</numerusform>
            <numerusform>Exécution n° %1 : le débit a varié de %2 d&apos;une seconde à l&apos;autre (coefficient de variation) sur %n intervalles</numerusform>
        </translation>
    </message>
    <message>
        <source>The throughput difference (%1) is within the runs&apos; noise (%2): it may be chance.</source>
        <translation>L&apos;écart de débit (%1) est dans le bruit des exécutions (%2) : il peut être dû au hasard.</translation>
    </message>
    <message>
        <source>The throughput difference (%1) is larger than the runs&apos; noise (%2).</source>
        <translation>L&apos;écart de débit (%1) dépasse le bruit des exécutions (%2).</translation>
    </message>
    <message>
        <source>Run #%1 was not steady (throughput varied %2 from second to second): something else loaded the machine or the server.</source>
        <translation>L&apos;exécution n° %1 n&apos;était pas stable (le débit a varié de %2 d&apos;une seconde à l&apos;autre) : autre chose chargeait la machine ou le serveur.</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source> (through PgBouncer)</source>
        <translation> (via PgBouncer)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Clients / threads</source>
        <translation>Clients / threads</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 transactions</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Préchauffage</translation>
    </message>
    <message>
        <source>Target rate</source>
        <translation>Débit cible</translation>
    </message>
    <message>
        <source>%1 tx/s</source>
        <translation>%1 tx/s</translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation>le plus vite possible</translation>
    </message>
    <message>
        <source>Keys / value / pipeline</source>
        <translation>Clés / valeur / pipeline</translation>
    </message>
    <message>
        <source>Protocol / scale</source>
        <translation>Protocole / échelle</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>%1 transactions in %2 s</source>
        <translation>%1 transactions en %2 s</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Sonde benchmark report: %1 vs %2</source>
        <translation>Rapport de benchmark Sonde : %1 vs %2</translation>
    </message>
    <message>
        <source>Benchmark: %1 → %2</source>
        <translation>Benchmark : %1 → %2</translation>
    </message>
    <message>
        <source>%1 on %2 · runs #%3 and #%4 · report made by Sonde %5</source>
        <translation>%1 sur %2 · exécutions n° %3 et n° %4 · rapport généré par Sonde %5</translation>
    </message>
    <message>
        <source>Changed in between:</source>
        <translation>Modifié entre-temps :</translation>
    </message>
    <message>
        <source>Server counters</source>
        <translation>Compteurs du serveur</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Change: positive is better (more throughput, less latency). Latency is the time of a whole transaction as the client sees it; percentiles come from an HDR histogram within 1 %.</source>
        <translation>Évolution : positive = meilleure (plus de débit, moins de latence). La latence est la durée d&apos;une transaction complète vue par le client ; les centiles proviennent d&apos;un histogramme HDR, précis à 1 % près.</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Au fil du temps</translation>
    </message>
    <message>
        <source>What the servers saw</source>
        <translation>Ce qu&apos;ont vu les serveurs</translation>
    </message>
    <message>
        <source>Changes applied between the runs</source>
        <translation>Modifications appliquées entre les exécutions</translation>
    </message>
    <message>
        <source>Replayed statements and their plans</source>
        <translation>Requêtes rejouées et leurs plans</translation>
    </message>
    <message>
        <source>parameters: %1 · executed %2 times</source>
        <translation>paramètres : %1 · exécutée %2 fois</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Run #%1: %2 × %3</source>
        <translation>Exécution n° %1 : %2 × %3</translation>
    </message>
    <message>
        <source>Run #%1: %2</source>
        <translation>Exécution n° %1 : %2</translation>
    </message>
    <message>
        <source>Errors and notes</source>
        <translation>Erreurs et remarques</translation>
    </message>
    <message>
        <source>Sonde benchmark report</source>
        <translation>Rapport de benchmark Sonde</translation>
    </message>
</context>
<context>
    <name>ConfigurationChecks</name>
    <message>
        <source>Frequent checkpoints write the same pages again and again and, with full_page_writes, multiply the WAL volume.</source>
        <translation>Des checkpoints fréquents réécrivent sans cesse les mêmes pages et, avec full_page_writes, multiplient le volume de WAL.</translation>
    </message>
    <message>
        <source>Raise max_wal_size so checkpoints come from checkpoint_timeout; pg_wal needs that much disk.</source>
        <translation>Augmentez max_wal_size pour que les checkpoints viennent de checkpoint_timeout ; pg_wal a besoin d&apos;autant de disque.</translation>
    </message>
    <message>
        <source>%L1 client connections of the %L2 max_connections allows (%3 reserved for superusers) are in use.</source>
        <translation>%L1 connexions clientes sont utilisées sur les %L2 que permet max_connections (%3 réservées aux superutilisateurs).</translation>
    </message>
    <message>
        <source>When they run out, new connections fail with &quot;too many clients already&quot;.</source>
        <translation>Quand il n&apos;y en a plus, les nouvelles connexions échouent avec « too many clients already ».</translation>
    </message>
    <message>
        <source>Put a pooler (PgBouncer in transaction mode) in front, or find the application that holds idle connections; raising max_connections needs a restart and memory for each.</source>
        <translation>Placez un pooler (PgBouncer en mode transaction) devant, ou trouvez l&apos;application qui garde des connexions inactives ; augmenter max_connections demande un redémarrage et de la mémoire pour chacune.</translation>
    </message>
    <message>
        <source>autovacuum is off on the whole server.</source>
        <translation>autovacuum est désactivé sur tout le serveur.</translation>
    </message>
    <message>
        <source>Without it dead rows pile up in every table and only the anti-wraparound vacuum still runs, late and all at once.</source>
        <translation>Sans lui, les lignes mortes s&apos;accumulent dans chaque table et seul le vacuum anti-wraparound tourne encore, tard et d&apos;un coup.</translation>
    </message>
    <message>
        <source>Turn autovacuum back on.</source>
        <translation>Réactiver autovacuum.</translation>
    </message>
    <message>
        <source>All %1 autovacuum workers are busy and %2 table(s) are behind on vacuum; the workers share a cost limit of %3 per %4.</source>
        <translation>Les %1 workers d&apos;autovacuum sont tous occupés et %2 table(s) sont en retard de vacuum ; les workers se partagent une limite de coût de %3 par %4.</translation>
    </message>
    <message>
        <source>Throttled autovacuum falls further behind as the tables grow: dead rows accumulate and freezing comes late.</source>
        <translation>Un autovacuum bridé prend du retard à mesure que les tables grossissent : les lignes mortes s&apos;accumulent et le gel arrive tard.</translation>
    </message>
    <message>
        <source>Let autovacuum do more work per pause; if the workers stay busy, raise autovacuum_max_workers too (restart).</source>
        <translation>Laisser autovacuum faire plus de travail entre deux pauses ; si les workers restent occupés, augmentez aussi autovacuum_max_workers (redémarrage).</translation>
    </message>
    <message>
        <source>random_page_cost is %1 while the data is on SSD (%2).</source>
        <translation>random_page_cost vaut %1 alors que les données sont sur SSD (%2).</translation>
    </message>
    <message>
        <source>The default of 4 prices a random read as on spinning disks: the planner then prefers sequential scans where an index would be faster.</source>
        <translation>La valeur par défaut de 4 estime une lecture aléatoire comme sur des disques rotatifs : le planificateur préfère alors des parcours séquentiels là où un index serait plus rapide.</translation>
    </message>
    <message>
        <source>Price random reads as SSDs do.</source>
        <translation>Estimer les lectures aléatoires comme sur SSD.</translation>
    </message>
    <message>
        <source>The storage is unknown: random_page_cost (%1) was not checked (say whether the data is on SSD).</source>
        <translation>Le stockage est inconnu : random_page_cost (%1) n&apos;a pas été vérifié (indiquez si les données sont sur SSD).</translation>
    </message>
    <message>
        <source>track_io_timing is off.</source>
        <translation>track_io_timing est désactivé.</translation>
    </message>
    <message>
        <source>Without it pg_stat_statements and EXPLAIN (ANALYZE, BUFFERS) cannot say how long statements waited for reads and writes.</source>
        <translation>Sans lui, pg_stat_statements et EXPLAIN (ANALYZE, BUFFERS) ne peuvent pas dire combien de temps les requêtes ont attendu les lectures et les écritures.</translation>
    </message>
    <message>
        <source>Turn it on (pg_test_timing tells what the clock costs on this machine; on current hardware it is negligible).</source>
        <translation>Activez-le (pg_test_timing dit ce que coûte l&apos;horloge sur cette machine ; sur du matériel actuel c&apos;est négligeable).</translation>
    </message>
    <message>
        <source>pg_stat_statements is not loaded (shared_preload_libraries = &apos;%1&apos;).</source>
        <translation>pg_stat_statements n&apos;est pas chargé (shared_preload_libraries = &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>Without it nobody can say which statements take the server&apos;s time: Slow queries and Index advice stay empty.</source>
        <translation>Sans lui, personne ne peut dire quelles requêtes prennent le temps du serveur : Requêtes lentes et Conseil d&apos;index restent vides.</translation>
    </message>
    <message>
        <source>Load it at the next restart, then CREATE EXTENSION pg_stat_statements in each database you look at.</source>
        <translation>Chargez-le au prochain redémarrage, puis CREATE EXTENSION pg_stat_statements dans chaque base que vous examinez.</translation>
    </message>
    <message>
        <source>pg_stat_statements is loaded but not created in database %1.</source>
        <translation>pg_stat_statements est chargé mais n&apos;est pas créé dans la base %1.</translation>
    </message>
    <message>
        <source>Its view is missing in this database: Slow queries and Index advice cannot read it.</source>
        <translation>Sa vue manque dans cette base : Requêtes lentes et Conseil d&apos;index ne peuvent pas la lire.</translation>
    </message>
    <message>
        <source>Create the extension here.</source>
        <translation>Créer l&apos;extension ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) sit idle in a transaction and nothing ends them: idle_in_transaction_session_timeout is 0.</source>
        <translation>
            <numerusform>%n session reste inactive dans une transaction et rien ne l&apos;interrompt : idle_in_transaction_session_timeout vaut 0.</numerusform>
            <numerusform>%n sessions restent inactives dans une transaction et rien ne les interrompt : idle_in_transaction_session_timeout vaut 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>A forgotten transaction holds its locks and VACUUM&apos;s horizon until someone notices.</source>
        <translation>Une transaction oubliée garde ses verrous et l&apos;horizon de VACUUM jusqu&apos;à ce que quelqu&apos;un s&apos;en aperçoive.</translation>
    </message>
    <message>
        <source>End sessions idle in a transaction for more than 10 minutes (for new sessions and those that did not set it).</source>
        <translation>Terminer les sessions inactives dans une transaction depuis plus de 10 minutes (pour les nouvelles sessions et celles qui ne l&apos;ont pas fixé).</translation>
    </message>
    <message>
        <source>%L1 of %L2 checkpoints (%3) were requested because WAL reached max_wal_size (%4) before checkpoint_timeout (%5).</source>
        <translation>%L1 des %L2 checkpoints (%3) ont été demandés parce que le WAL a atteint max_wal_size (%4) avant checkpoint_timeout (%5).</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>This is neither a PostgreSQL connection string nor a redis:// URI (%1).</source>
        <translation>Ce n&apos;est ni une chaîne de connexion PostgreSQL ni une URI redis:// (%1).</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>Enter the Redis host.</source>
        <translation>Saisissez l&apos;hôte Redis.</translation>
    </message>
    <message>
        <source>The Redis database number cannot be negative.</source>
        <translation>Le numéro de base Redis ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The extra libpq options are not valid: %1</source>
        <translation>Les options libpq supplémentaires ne sont pas valides : %1</translation>
    </message>
    <message>
        <source>Do not put the password in the extra options: use the password field (it goes to the keychain).</source>
        <translation>Ne mettez pas le mot de passe dans les options supplémentaires : utilisez le champ mot de passe (il est stocké dans le trousseau).</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate file and its key file.</source>
        <translation>Un certificat client demande à la fois le fichier du certificat et celui de sa clé.</translation>
    </message>
    <message>
        <source>Enter the Prometheus host.</source>
        <translation>Saisissez l&apos;hôte Prometheus.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>%1:%2 speaks %3, not %4: is this the right port?</source>
        <translation>%1:%2 parle %3, pas %4 : est-ce le bon port ?</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>PostgreSQL %1, database &quot;%2&quot; as &quot;%3&quot;, max_connections %4.</source>
        <translation>PostgreSQL %1, base &quot;%2&quot; en tant que &quot;%3&quot;, max_connections %4.</translation>
    </message>
    <message>
        <source>run CREATE EXTENSION pg_stat_statements; in &quot;%1&quot; (latency and slow queries need it)</source>
        <translation>exécutez CREATE EXTENSION pg_stat_statements; dans &quot;%1&quot; (nécessaire pour la latence et les requêtes lentes)</translation>
    </message>
    <message>
        <source>pg_stat_statements is not installed: make sure it is in shared_preload_libraries, then %1.</source>
        <translation>pg_stat_statements n&apos;est pas installé : vérifiez qu&apos;il figure dans shared_preload_libraries, puis %1.</translation>
    </message>
    <message>
        <source>pg_stat_statements is loaded but not installed: %1.</source>
        <translation>pg_stat_statements est chargé mais pas installé : %1.</translation>
    </message>
    <message>
        <source>pg_stat_statements is not installed: add it to shared_preload_libraries, restart, then %1.</source>
        <translation>pg_stat_statements n&apos;est pas installé : ajoutez-le à shared_preload_libraries, redémarrez, puis %1.</translation>
    </message>
    <message>
        <source>pg_stat_statements %1 is installed but cannot be read (%2): it must be in shared_preload_libraries, and the server restarted.</source>
        <translation>pg_stat_statements %1 est installé mais illisible (%2) : il doit figurer dans shared_preload_libraries, et le serveur doit être redémarré.</translation>
    </message>
    <message>
        <source>pg_stat_statements %1 is installed and loaded.</source>
        <translation>pg_stat_statements %1 est installé et chargé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a superuser: it sees every statement and session.</source>
        <translation>&quot;%1&quot; est superutilisateur : il voit toutes les requêtes et sessions.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may read every role&apos;s statistics.</source>
        <translation>&quot;%1&quot; peut lire les statistiques de tous les rôles.</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; lacks pg_read_all_stats: the statements and sessions of other roles are hidden. GRANT pg_monitor TO %1;</source>
        <translation>Le rôle &quot;%1&quot; n&apos;a pas pg_read_all_stats : les requêtes et sessions des autres rôles sont masquées. GRANT pg_monitor TO %1;</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>This profile is read-only: Sonde will not change anything on this server.</source>
        <translation>Ce profil est en lecture seule : Sonde ne modifiera rien sur ce serveur.</translation>
    </message>
    <message>
        <source>%1 has no database &quot;pgbouncer&quot;: this looks like PostgreSQL itself, not PgBouncer&apos;s admin console. Use PgBouncer&apos;s port.</source>
        <translation>%1 n&apos;a pas de base &quot;pgbouncer&quot; : il s&apos;agit sans doute de PostgreSQL lui-même, pas de la console d&apos;administration de PgBouncer. Utilisez le port de PgBouncer.</translation>
    </message>
    <message>
        <source>Connected, but SHOW VERSION failed: this is not PgBouncer&apos;s admin console, or the user is in neither admin_users nor stats_users (%1).</source>
        <translation>Connecté, mais SHOW VERSION a échoué : ce n&apos;est pas la console d&apos;administration de PgBouncer, ou l&apos;utilisateur ne figure ni dans admin_users ni dans stats_users (%1).</translation>
    </message>
    <message>
        <source>Admin console</source>
        <translation>Console d&apos;administration</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>SHOW POOLS, STATS and CONFIG answer.</source>
        <translation>SHOW POOLS, STATS et CONFIG répondent.</translation>
    </message>
    <message>
        <source>Connected to %1 as ACL user &quot;%2&quot;.</source>
        <translation>Connecté à %1 en tant qu&apos;utilisateur ACL &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>INFO is refused (%1): monitoring needs +info in the user&apos;s ACL.</source>
        <translation>INFO est refusé (%1) : la supervision nécessite +info dans l&apos;ACL de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Redis %1 (%2 mode).</source>
        <translation>Redis %1 (mode %2).</translation>
    </message>
    <message>
        <source>Redis %1 has no INFO latencystats: per-command p50/p99 need Redis 7.</source>
        <translation>Redis %1 n&apos;a pas INFO latencystats : les p50/p99 par commande nécessitent Redis 7.</translation>
    </message>
    <message>
        <source>%1 is refused (%2): the features that need it stay empty.</source>
        <translation>%1 est refusé (%2) : les fonctions qui en dépendent restent vides.</translation>
    </message>
    <message>
        <source>%1. The server&apos;s certificate was not verified (&quot;skip verification&quot; is on): use this only with a throw-away test server.</source>
        <translation>%1. Le certificat du serveur n&apos;a pas été vérifié (« ne pas vérifier » est coché) : à n&apos;utiliser qu&apos;avec un serveur de test jetable.</translation>
    </message>
    <message>
        <source>Prometheus %1 at %2.</source>
        <translation>Prometheus %1 sur %2.</translation>
    </message>
    <message>
        <source>Exporters</source>
        <translation>Exporteurs</translation>
    </message>
    <message>
        <source>It scrapes no postgres_exporter, redis_exporter or pgbouncer_exporter: the fleet will be empty.</source>
        <translation>Il ne collecte aucun postgres_exporter, redis_exporter ni pgbouncer_exporter : le parc sera vide.</translation>
    </message>
    <message>
        <source>It scrapes %1 PostgreSQL, %2 PgBouncer and %3 Redis instances.</source>
        <translation>Il collecte %1 instances PostgreSQL, %2 PgBouncer et %3 Redis.</translation>
    </message>
</context>
<context>
    <name>ConstantFolder</name>
    <message>
        <source>%1 refers to output column %2, as the application&apos;s text did with equal values</source>
        <translation>%1 désigne la colonne de sortie %2, comme le faisait le texte de l&apos;application avec des valeurs égales</translation>
    </message>
    <message>
        <source>EXTRACT(%1 FROM …) written as a function call</source>
        <translation>EXTRACT(%1 FROM …) écrit comme un appel de fonction</translation>
    </message>
    <message>
        <source>%1 %2 written as a cast</source>
        <translation>%1 %2 écrit comme une conversion de type</translation>
    </message>
    <message>
        <source>%1 = %2 (a value pg_qualstats saw for %3)</source>
        <translation>%1 = %2 (une valeur vue par pg_qualstats pour %3)</translation>
    </message>
    <message>
        <source>%1 typed %2 from where its value goes</source>
        <translation>%1 typé %2 d&apos;après l&apos;endroit où va sa valeur</translation>
    </message>
    <message>
        <source>%1 folded into one parameter</source>
        <translation>%1 regroupé en un seul paramètre</translation>
    </message>
    <message>
        <source>%1 folded into one parameter of type %2</source>
        <translation>%1 regroupé en un seul paramètre de type %2</translation>
    </message>
</context>
<context>
    <name>DdlApplier</name>
    <message>
        <source>This target is read-only: Sonde does not change it. Apply the statements yourself, or connect with a profile that allows changes.</source>
        <translation>Cette cible est en lecture seule : Sonde ne la modifie pas. Appliquez les instructions vous-même, ou connectez-vous avec un profil qui autorise les modifications.</translation>
    </message>
    <message>
        <source>Canceled before &quot;%1&quot;.</source>
        <translation>Annulé avant &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>&quot;%1&quot; a échoué : %2</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Stopping the demo servers…</source>
        <translation>Arrêt des serveurs de démo…</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>La démo n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Demo servers stopped and their directory removed.</source>
        <translation>Serveurs de démo arrêtés et leur répertoire supprimé.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>Signal %1 received.</source>
        <translation>Signal %1 reçu.</translation>
    </message>
    <message>
        <source>start the demo sandbox (PostgreSQL, PgBouncer, Redis) and workload</source>
        <translation>démarrer le bac à sable de démo (PostgreSQL, PgBouncer, Redis) et sa charge de travail</translation>
    </message>
    <message>
        <source>Invalid --mode &quot;%1&quot;: use healthy, cold, thrashing or problems.</source>
        <translation>--mode « %1 » invalide : utilisez healthy, cold, thrashing ou problems.</translation>
    </message>
    <message>
        <source>Sonde demo ready in %1. Connection URIs:</source>
        <translation>Démo Sonde prête en %1. URI de connexion :</translation>
    </message>
    <message>
        <source>workload: %1 requests, cache hit rate %2, %3 queries, %4 errors%5</source>
        <translation>charge : %1 requêtes applicatives, taux de succès du cache %2, %3 requêtes SQL, %4 erreurs%5</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Starting the demo application</source>
        <translation>Démarrage de l&apos;application de démo</translation>
    </message>
    <message>
        <source>Demo ready</source>
        <translation>Démo prête</translation>
    </message>
</context>
<context>
    <name>DemoProblems</name>
    <message>
        <source>The demo&apos;s problem script is missing from the program&apos;s resources.</source>
        <translation>Le script des problèmes de la démo manque dans les ressources du programme.</translation>
    </message>
    <message>
        <source>Planting the demo&apos;s problems was canceled.</source>
        <translation>L&apos;installation des problèmes de la démo a été annulée.</translation>
    </message>
    <message>
        <source>Planting: transaction IDs to age the legacy table</source>
        <translation>Mise en place : des identifiants de transaction pour vieillir la table ancienne</translation>
    </message>
    <message>
        <source>Planting the demo&apos;s Redis problems failed: %1</source>
        <translation>L&apos;installation des problèmes Redis de la démo a échoué : %1</translation>
    </message>
    <message>
        <source>Planting the demo&apos;s problems failed (%1): %2</source>
        <translation>La plantation des problèmes de la démo a échoué (%1) : %2</translation>
    </message>
    <message>
        <source>Connecting to the demo&apos;s PostgreSQL as its superuser</source>
        <translation>Connexion au PostgreSQL de la démo en superutilisateur</translation>
    </message>
    <message>
        <source>Planting: a batch job idle in its transaction (idle_in_transaction)</source>
        <translation>Plantation : un traitement par lots inactif dans sa transaction (idle_in_transaction)</translation>
    </message>
    <message>
        <source>Planting: a prepared transaction left behind (prepared_transaction)</source>
        <translation>Plantation : une transaction préparée laissée en plan (prepared_transaction)</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The demo scripts are missing from the program&apos;s resources.</source>
        <translation>Les scripts de démo sont absents des ressources du programme.</translation>
    </message>
    <message>
        <source>Seeding the demo database was canceled.</source>
        <translation>Le remplissage de la base de démo a été annulé.</translation>
    </message>
    <message>
        <source>Seeding the demo database failed: %1</source>
        <translation>Le remplissage de la base de démo a échoué : %1</translation>
    </message>
    <message>
        <source>Demo data ready: %L1 rows</source>
        <translation>Données de démo prêtes : %L1 lignes</translation>
    </message>
    <message>
        <source>Making pgbench&apos;s tables for the demo failed: %1</source>
        <translation>La création des tables de pgbench pour la démo a échoué : %1</translation>
    </message>
</context>
<context>
    <name>DemoWorkload</name>
    <message>
        <source>The demo workload cannot connect to PostgreSQL: %1</source>
        <translation>La charge de travail de démo ne peut pas se connecter à PostgreSQL : %1</translation>
    </message>
    <message>
        <source>The demo database is not seeded: %1</source>
        <translation>La base de démo n&apos;est pas remplie : %1</translation>
    </message>
    <message>
        <source>no users or projects</source>
        <translation>aucun utilisateur ni projet</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1× higher</source>
        <translation>%1× plus haut</translation>
    </message>
    <message>
        <source>%1× lower</source>
        <translation>%1× plus bas</translation>
    </message>
    <message>
        <source>%1× faster</source>
        <translation>%1× plus rapide</translation>
    </message>
    <message>
        <source>%1× slower</source>
        <translation>%1× plus lent</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>%1 of: %2</source>
        <translation>%1 de : %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>The statement ran inside a transaction that was rolled back.</source>
        <translation>La requête s&apos;est exécutée dans une transaction qui a été annulée (ROLLBACK).</translation>
    </message>
    <message>
        <source>Give exactly one of --query-id, --sql or --file.</source>
        <translation>Indiquez exactement une option parmi --query-id, --sql ou --file.</translation>
    </message>
    <message>
        <source>Give the server&apos;s connection URI.</source>
        <translation>Indiquez l&apos;URI de connexion du serveur.</translation>
    </message>
    <message>
        <source>--query-id takes a number and --timeout a positive number of seconds.</source>
        <translation>--query-id attend un nombre et --timeout un nombre de secondes positif.</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE runs the statement and this one writes. Add --confirm-write to run it inside a transaction that is rolled back.</source>
        <translation>EXPLAIN ANALYZE exécute la requête, et celle-ci écrit. Ajoutez --confirm-write pour l&apos;exécuter dans une transaction annulée ensuite (ROLLBACK).</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>show a statement&apos;s plan with its costly nodes and findings</source>
        <translation>afficher le plan d&apos;une requête avec ses nœuds coûteux et ses constats</translation>
    </message>
    <message>
        <source>--sql - and --password-stdin both read standard input: give the password another way (PGPASSWORD, ~/.pgpass, a profile).</source>
        <translation>--sql - et --password-stdin lisent tous deux l&apos;entrée standard : donnez le mot de passe autrement (PGPASSWORD, ~/.pgpass, un profil).</translation>
    </message>
    <message>
        <source>Add --confirm-write to run it that way.</source>
        <translation>Ajoutez --confirm-write pour l&apos;exécuter ainsi.</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <source>Role %1 may not read %2 %3, and EXPLAIN needs the rights to run the statement: GRANT SELECT ON %3 TO %1; or explain as a role that may read it.</source>
        <translation>Le rôle %1 n&apos;a pas le droit de lire %2 %3, or EXPLAIN exige les droits d&apos;exécuter la requête : GRANT SELECT ON %3 TO %1; ou lancez EXPLAIN avec un rôle qui a ce droit.</translation>
    </message>
    <message>
        <source>Role %1 lacks a privilege this statement needs (EXPLAIN needs the rights to run it): grant them, or explain as a role that has them.</source>
        <translation>Il manque au rôle %1 un privilège nécessaire à cette requête (EXPLAIN exige les droits de l&apos;exécuter) : accordez-les, ou lancez EXPLAIN avec un rôle qui les possède.</translation>
    </message>
    <message>
        <source>The statement could not be read (an unterminated string or comment?).</source>
        <translation>Impossible d&apos;analyser la requête (chaîne ou commentaire non terminé ?).</translation>
    </message>
    <message>
        <source>There is no statement to explain.</source>
        <translation>Aucune requête à expliquer.</translation>
    </message>
    <message>
        <source>The text holds %1 statements: explain one at a time (the others would run for real).</source>
        <translation>Le texte contient %1 requêtes : expliquez-les une par une (les autres seraient réellement exécutées).</translation>
    </message>
    <message>
        <source>The statement has $n parameters: put real values in their place to run it with ANALYZE, or ask for its generic plan.</source>
        <translation>La requête contient des paramètres $n : remplacez-les par des valeurs réelles pour l&apos;exécuter avec ANALYZE, ou demandez son plan générique.</translation>
    </message>
    <message>
        <source>The statement writes and the target is read-only: EXPLAIN ANALYZE would run it, so Sonde refuses. Explain it without ANALYZE instead.</source>
        <translation>La requête écrit et la cible est en lecture seule : EXPLAIN ANALYZE l&apos;exécuterait, donc Sonde refuse. Expliquez-la plutôt sans ANALYZE.</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE runs the statement and this one writes: confirm first (it runs inside a transaction that is rolled back).</source>
        <translation>EXPLAIN ANALYZE exécute la requête, et celle-ci écrit : confirmez d&apos;abord (elle s&apos;exécute dans une transaction annulée ensuite par ROLLBACK).</translation>
    </message>
    <message>
        <source>Partition pruning is off in this plan: with NULL in place of the parameters it would have pruned every partition. The real plan skips the partitions the values rule out.</source>
        <translation>L&apos;élagage de partitions est désactivé dans ce plan : avec NULL à la place des paramètres, il aurait écarté toutes les partitions. Le plan réel ignore les partitions exclues par les valeurs.</translation>
    </message>
    <message>
        <source>The EXPLAIN was canceled.</source>
        <translation>L&apos;EXPLAIN a été annulé.</translation>
    </message>
    <message>
        <source>No statement with query id %1 in pg_stat_statements of %2 (it may have been evicted or the statistics reset).</source>
        <translation>Aucune requête avec le query id %1 dans pg_stat_statements de %2 (elle a peut-être été évincée, ou les statistiques réinitialisées).</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Sonde: database performance console for PostgreSQL, PgBouncer and Redis</source>
        <translation>Sonde : console de performance des bases de données pour PostgreSQL, PgBouncer et Redis</translation>
    </message>
    <message>
        <source>Start the demo sandbox (private PostgreSQL, PgBouncer and Redis with a seeded workload) and connect to it.</source>
        <translation>Démarrer le bac à sable de démo (PostgreSQL, PgBouncer et Redis privés, avec données et charge de travail) et s&apos;y connecter.</translation>
    </message>
    <message>
        <source>Size of the demo data (1.0 = 3.2 M rows).</source>
        <translation>Taille des données de démo (1.0 = 3,2 M lignes).</translation>
    </message>
    <message>
        <source>Save a screenshot of the window and quit.</source>
        <translation>Enregistrer une capture d&apos;écran de la fenêtre et quitter.</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation>Millisecondes à attendre avant la capture d&apos;écran.</translation>
    </message>
    <message>
        <source>Unknown demo mode &quot;%1&quot;.</source>
        <translation>Mode de démo &quot;%1&quot; inconnu.</translation>
    </message>
    <message>
        <source>Show this view first.</source>
        <translation>Afficher d’abord cette vue.</translation>
    </message>
    <message>
        <source>Colours for this run: light, dark or system.</source>
        <translation>Couleurs pour cette exécution : light, dark ou system.</translation>
    </message>
    <message>
        <source>Language for this run, e.g. en or fr.</source>
        <translation>Langue pour cette exécution, par exemple en ou fr.</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;: light, dark or system.</source>
        <translation>Thème inconnu « %1 » : light, dark ou system.</translation>
    </message>
    <message>
        <source>Demo cache behaviour: healthy, cold, thrashing; or problems (a problem planted for each health check).</source>
        <translation>Comportement du cache de la démo : healthy, cold, thrashing ; ou problems (un problème installé pour chaque contrôle de santé).</translation>
    </message>
    <message>
        <source>The demo&apos;s Redis speaks TLS only, with a throw-away CA.</source>
        <translation>Le Redis de la démo ne parle que TLS, avec une autorité de certification jetable.</translation>
    </message>
    <message>
        <source>Start and seed the demo servers but run no application workload (what the console alone costs).</source>
        <translation>Démarrer et remplir les serveurs de démonstration sans lancer la charge applicative (ce que coûte la console seule).</translation>
    </message>
    <message>
        <source>A recording (.sonde) to open, read-only.</source>
        <translation>Un enregistrement (.sonde) à ouvrir, en lecture seule.</translation>
    </message>
    <message>
        <source>One recording at a time.</source>
        <translation>Un seul enregistrement à la fois.</translation>
    </message>
    <message>
        <source>The demo runs no Prometheus (and so has no Fleet page).</source>
        <translation>La démo ne lance pas de Prometheus (et n&apos;a donc pas de page Parc).</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <source>given on the command line</source>
        <translation>donné en ligne de commande</translation>
    </message>
    <message>
        <source>Invalid --ram &quot;%1&quot;: give a size such as 16GB or 512MB.</source>
        <translation>--ram « %1 » invalide : donnez une taille comme 16GB ou 512MB.</translation>
    </message>
    <message>
        <source>Invalid --cores &quot;%1&quot;: give a number.</source>
        <translation>--cores « %1 » invalide : donnez un nombre.</translation>
    </message>
    <message>
        <source>Invalid --storage &quot;%1&quot;: use ssd or hdd.</source>
        <translation>--storage « %1 » invalide : utilisez ssd ou hdd.</translation>
    </message>
    <message>
        <source>No finding with a fix matches &quot;%1&quot;.</source>
        <translation>Aucun constat avec un correctif ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Sonde will run on %1:</source>
        <translation>Sonde va exécuter sur %1 :</translation>
    </message>
    <message>
        <source>Apply now?</source>
        <translation>Appliquer maintenant ?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 %2: applied (change #%3). %4</source>
        <translation>%1 %2 : appliqué (modification #%3). %4</translation>
    </message>
    <message>
        <source>%1 %2: not applied: %3</source>
        <translation>%1 %2 : non appliqué : %3</translation>
    </message>
    <message>
        <source>There is no change #%1 in the change log (%2).</source>
        <translation>Aucune modification #%1 dans le journal des modifications (%2).</translation>
    </message>
    <message>
        <source>Revert now?</source>
        <translation>Annuler maintenant ?</translation>
    </message>
    <message>
        <source>The revert failed: %1</source>
        <translation>L&apos;annulation de la modification a échoué : %1</translation>
    </message>
    <message>
        <source>Reverted change #%1 (change #%2). %3</source>
        <translation>Modification #%1 annulée (modification #%2). %3</translation>
    </message>
    <message>
        <source>Give exactly one URI.</source>
        <translation>Indiquez exactement une URI.</translation>
    </message>
    <message>
        <source>Say the kind of server: --kind postgresql, pgbouncer or redis.</source>
        <translation>Indiquez le type de serveur : --kind postgresql, pgbouncer ou redis.</translation>
    </message>
    <message>
        <source>--fail-on takes warning or critical.</source>
        <translation>--fail-on prend warning ou critical.</translation>
    </message>
    <message>
        <source>--revert takes the number of a change (see sonde-cli changes).</source>
        <translation>--revert prend le numéro d&apos;une modification (voir sonde-cli changes).</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>Les contrôles n&apos;ont pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>check a server&apos;s health: findings with their evidence and fix</source>
        <translation>contrôler la santé d&apos;un serveur : constats avec leurs preuves et leur correctif</translation>
    </message>
</context>
<context>
    <name>HealthFinding</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>HealthFix</name>
    <message>
        <source>%1 takes effect only when the server restarts: Sonde writes it to postgresql.auto.conf and never restarts the server itself.</source>
        <translation>%1 ne prend effet qu&apos;au redémarrage du serveur : Sonde l&apos;écrit dans postgresql.auto.conf et ne redémarre jamais le serveur lui-même.</translation>
    </message>
    <message>
        <source>CONFIG SET changes the running server only: add it to redis.conf (or run CONFIG REWRITE) for it to survive a restart.</source>
        <translation>CONFIG SET ne modifie que le serveur en cours : ajoutez-le à redis.conf (ou lancez CONFIG REWRITE) pour qu&apos;il survive à un redémarrage.</translation>
    </message>
</context>
<context>
    <name>HealthFixer</name>
    <message>
        <source>Sonde cannot tell whether ALTER SYSTEM already set %1, so it could not undo the change exactly: nothing was changed. GRANT pg_read_all_settings to this role (or use a superuser).</source>
        <translation>Sonde ne peut pas savoir si ALTER SYSTEM a déjà fixé %1 et ne pourrait donc pas annuler exactement la modification : rien n&apos;a été modifié. Accordez pg_read_all_settings à ce rôle (ou utilisez un superutilisateur).</translation>
    </message>
    <message>
        <source>The role may not change %1: ALTER SYSTEM needs a superuser, or (PostgreSQL 15+) GRANT ALTER SYSTEM ON PARAMETER %1 TO the role; the reload needs EXECUTE on pg_reload_conf(). Nothing was changed.</source>
        <translation>Le rôle ne peut pas modifier %1 : ALTER SYSTEM demande un superutilisateur ou (PostgreSQL 15+) GRANT ALTER SYSTEM ON PARAMETER %1 TO le rôle ; le rechargement demande EXECUTE sur pg_reload_conf(). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is read-only in Sonde: nothing is changed there.</source>
        <translation>%1 est en lecture seule dans Sonde : rien n&apos;y est modifié.</translation>
    </message>
    <message>
        <source>Nothing was changed: the change could not be recorded. %1</source>
        <translation>Rien n&apos;a été modifié : la modification n&apos;a pas pu être enregistrée. %1</translation>
    </message>
    <message>
        <source>This finding has no fix Sonde can run: %1</source>
        <translation>Ce constat n&apos;a pas de correctif que Sonde puisse exécuter : %1</translation>
    </message>
    <message>
        <source>%1 is written to postgresql.auto.conf and takes effect at the next restart of the server (Sonde does not restart it).</source>
        <translation>%1 est écrit dans postgresql.auto.conf et prend effet au prochain redémarrage du serveur (Sonde ne le redémarre pas).</translation>
    </message>
    <message>
        <source>%1 is written to postgresql.auto.conf, but the reload was refused (%2): run SELECT pg_reload_conf() as a superuser.</source>
        <translation>%1 est écrit dans postgresql.auto.conf, mais le rechargement a été refusé (%2) : lancez SELECT pg_reload_conf() en superutilisateur.</translation>
    </message>
    <message>
        <source>Reloaded: %1 is now %2 (was %3).</source>
        <translation>Rechargé : %1 vaut maintenant %2 (au lieu de %3).</translation>
    </message>
    <message>
        <source>%1 is not a setting this server lets anyone change.</source>
        <translation>%1 n&apos;est pas un paramètre que ce serveur laisse modifier.</translation>
    </message>
    <message>
        <source>Redis has no setting %1.</source>
        <translation>Redis n&apos;a pas de paramètre %1.</translation>
    </message>
    <message>
        <source>%1 is now %2 (was %3); CONFIG SET does not survive a restart of Redis.</source>
        <translation>%1 vaut maintenant %2 (au lieu de %3) ; CONFIG SET ne survit pas à un redémarrage de Redis.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 of %2 statements ran before it.</source>
        <translation>%1 des %2 instructions ont été exécutées avant.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fait : %1.</translation>
    </message>
    <message>
        <source>Sonde could not read its own index statement: %1</source>
        <translation>Sonde n&apos;a pas pu lire sa propre instruction d&apos;index : %1</translation>
    </message>
    <message>
        <source>Built %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>Change #%1 was made on %2, not on %3.</source>
        <translation>La modification #%1 a été faite sur %2, pas sur %3.</translation>
    </message>
    <message>
        <source>Change #%1 is not an applied change (it is %2 %3): nothing to revert.</source>
        <translation>La modification #%1 n&apos;est pas une modification appliquée (elle est %2 %3) : rien à annuler.</translation>
    </message>
    <message>
        <source>There is no change #%1 in the change log.</source>
        <translation>Aucune modification #%1 dans le journal des modifications.</translation>
    </message>
    <message>
        <source>Change #%1 has no revert Sonde can read.</source>
        <translation>La modification #%1 n&apos;a pas d&apos;annulation que Sonde sache lire.</translation>
    </message>
    <message>
        <source>Change #%1 (%2) cannot be undone by a statement.</source>
        <translation>La modification #%1 (%2) ne peut pas être annulée par une instruction.</translation>
    </message>
</context>
<context>
    <name>HealthReportText</name>
    <message>
        <source>Health of %1: %2 critical, %3 warning, %4 info.</source>
        <translation>Santé de %1 : %2 critique(s), %3 avertissement(s), %4 info(s).</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>pourquoi : %1</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>preuves : %1</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>correctif : %1</translation>
    </message>
    <message>
        <source>(takes effect at the next restart)</source>
        <translation>(prend effet au prochain redémarrage)</translation>
    </message>
    <message>
        <source>(a reload is enough)</source>
        <translation>(un rechargement suffit)</translation>
    </message>
    <message>
        <source>caution: %1</source>
        <translation>attention : %1</translation>
    </message>
    <message>
        <source>No finding.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>not checked (%1): %2</source>
        <translation>non contrôlé (%1) : %2</translation>
    </message>
</context>
<context>
    <name>HealthService</name>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Contrôle : %1…</translation>
    </message>
    <message>
        <source>CONFIG GET %1 was refused (%2): the checks that need it are partial.</source>
        <translation>CONFIG GET %1 a été refusé (%2) : les contrôles qui en ont besoin sont partiels.</translation>
    </message>
    <message>
        <source>Redis INFO total_system_memory</source>
        <translation>INFO total_system_memory de Redis</translation>
    </message>
    <message>
        <source>Health checks read the servers themselves: add the PostgreSQL, PgBouncer or Redis server, not its Prometheus.</source>
        <translation>Les contrôles de santé lisent les serveurs eux-mêmes : ajoutez le serveur PostgreSQL, PgBouncer ou Redis, pas son Prometheus.</translation>
    </message>
</context>
<context>
    <name>IndexAdvisor</name>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Reading pg_stat_statements…</source>
        <translation>Lecture de pg_stat_statements…</translation>
    </message>
    <message>
        <source>Reading the schema…</source>
        <translation>Lecture du schéma…</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) left out: utility statements or queries on system catalogs only.</source>
        <translation>
            <numerusform>%n requête écartée : instruction utilitaire ou requête portant uniquement sur les catalogues système.</numerusform>
            <numerusform>%n requêtes écartées : instructions utilitaires ou requêtes portant uniquement sur les catalogues système.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying %n candidate index(es) with HypoPG…</source>
        <translation>
            <numerusform>Essai de %n index candidat avec HypoPG…</numerusform>
            <numerusform>Essai de %n index candidats avec HypoPG…</numerusform>
        </translation>
    </message>
    <message>
        <source>Partitioned table: PostgreSQL has no CREATE INDEX CONCURRENTLY for it, so Sonde creates the index ON ONLY the parent, builds each partition&apos;s index concurrently and attaches it.</source>
        <translation>Table partitionnée : PostgreSQL n&apos;y permet pas CREATE INDEX CONCURRENTLY ; Sonde crée donc l&apos;index ON ONLY sur la table parente, construit l&apos;index de chaque partition en mode concurrent et l&apos;attache.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>planned with its constants folded: %1</source>
        <translation>planifiée avec ses constantes regroupées : %1</translation>
    </message>
    <message>
        <source>planned with your example: %1</source>
        <translation>planifiée avec votre exemple : %1</translation>
    </message>
    <message>
        <source>planned with a text of it seen in pg_stat_activity: %1</source>
        <translation>planifiée avec un texte de celle-ci vu dans pg_stat_activity : %1</translation>
    </message>
    <message>
        <source>planned with values pg_qualstats saw: %1</source>
        <translation>planifiée avec des valeurs vues par pg_qualstats : %1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Planning statement %1 of %2 as it runs today</source>
        <translation>Planification de la requête %1 sur %2 telle qu&apos;elle s&apos;exécute aujourd&apos;hui</translation>
    </message>
    <message>
        <source>The example for queryid %1 was not used: no statement of the workload has that queryid.</source>
        <translation>L&apos;exemple pour le queryid %1 n&apos;a pas été utilisé : aucune requête de la charge n&apos;a ce queryid.</translation>
    </message>
</context>
<context>
    <name>IndexAudit</name>
    <message>
        <source>%1 is INVALID (a CREATE INDEX CONCURRENTLY failed or was canceled): it is maintained on every write but never used. Drop it, then build it again if it is needed.</source>
        <translation>%1 est INVALID (un CREATE INDEX CONCURRENTLY a échoué ou a été annulé) : il est maintenu à chaque écriture mais jamais utilisé. Supprimez-le, puis reconstruisez-le s&apos;il est nécessaire.</translation>
    </message>
    <message>
        <source>%1 duplicates %2 (same keys): one of them is enough.</source>
        <translation>%1 fait doublon avec %2 (mêmes clés) : l&apos;un des deux suffit.</translation>
    </message>
    <message>
        <source>%1 (%2) is a prefix of %3 (%4): %3 serves the same lookups.</source>
        <translation>%1 (%2) est un préfixe de %3 (%4) : %3 sert les mêmes recherches.</translation>
    </message>
    <message>
        <source>Neither has been scanned since the statistics were reset: if nothing needs them, %1 can go too.</source>
        <translation>Aucun des deux n&apos;a été parcouru depuis la réinitialisation des statistiques : si rien n&apos;en a besoin, %1 peut aussi être supprimé.</translation>
    </message>
    <message>
        <source>%1 has not been scanned since the statistics were reset, backs no constraint and takes %2: every write still pays for it.</source>
        <translation>%1 n&apos;a pas été parcouru depuis la réinitialisation des statistiques, ne sert à aucune contrainte et occupe %2 : chaque écriture en paie quand même le coût.</translation>
    </message>
    <message>
        <source>Foreign key %1 (%2) → %3 has no index on %4: deleting or updating a row of %3 scans %4, and joins on it cannot use an index.</source>
        <translation>La clé étrangère %1 (%2) → %3 n&apos;a pas d&apos;index sur %4 : supprimer ou modifier une ligne de %3 parcourt %4, et les jointures sur cette clé ne peuvent pas utiliser d&apos;index.</translation>
    </message>
</context>
<context>
    <name>IndexBuildProgress</name>
    <message>
        <source>step %1 of %2</source>
        <translation>étape %1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 blocks</source>
        <translation>%1 blocs sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 tuples</source>
        <translation>%1 tuples sur %2</translation>
    </message>
    <message>
        <source>waiting for %1 of %2 transactions</source>
        <translation>attente de %1 transactions sur %2</translation>
    </message>
</context>
<context>
    <name>IndexBuilder</name>
    <message>
        <source>%1 is a standby (in recovery): indexes are built on the primary.</source>
        <translation>%1 est un standby (en recovery) : les index se construisent sur le primaire.</translation>
    </message>
    <message>
        <source>Canceled: the server stopped the statement.</source>
        <translation>Annulé : le serveur a arrêté l&apos;instruction.</translation>
    </message>
    <message>
        <source>A relation named %1 already exists in schema %2: nothing was built. Run the advice again for a free name.</source>
        <translation>Une relation nommée %1 existe déjà dans le schéma %2 : rien n&apos;a été construit. Relancez les conseils pour obtenir un nom libre.</translation>
    </message>
    <message>
        <source>Nothing was built: the change could not be recorded. %1</source>
        <translation>Rien n&apos;a été construit : la modification n&apos;a pas pu être enregistrée. %1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The build ended but %1 is not valid.</source>
        <translation>La construction s&apos;est terminée mais %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Built and valid.</source>
        <translation>Construit et valide.</translation>
    </message>
    <message>
        <source>There is no change #%1 in the change log.</source>
        <translation>Aucune modification #%1 dans le journal des modifications.</translation>
    </message>
    <message>
        <source>Change #%1 was made on %2, not on %3.</source>
        <translation>La modification #%1 a été faite sur %2, pas sur %3.</translation>
    </message>
    <message>
        <source>Nothing was dropped: the change could not be recorded. %1</source>
        <translation>Rien n&apos;a été supprimé : la modification n&apos;a pas pu être enregistrée. %1</translation>
    </message>
    <message>
        <source>dropping %1</source>
        <translation>suppression de %1</translation>
    </message>
    <message>
        <source>The index is left INVALID: revert again to finish the drop.</source>
        <translation>L&apos;index reste INVALID : annulez de nouveau la modification pour terminer la suppression.</translation>
    </message>
    <message>
        <source>Dropped.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>%1 did not complete (%2): the planner has no statistics for the index expressions yet; run it before relying on the plans.</source>
        <translation>%1 n&apos;a pas abouti (%2) : le planificateur n&apos;a pas encore de statistiques pour les expressions de l&apos;index ; lancez-le avant de vous fier aux plans.</translation>
    </message>
    <message>
        <source>%1 gathered the statistics of the index expressions.</source>
        <translation>%1 a collecté les statistiques des expressions de l&apos;index.</translation>
    </message>
    <message>
        <source>Built and valid. %1</source>
        <translation>Construit et valide. %1</translation>
    </message>
    <message>
        <source>Canceled: the server did not act on the cancel within %1 s, so Sonde dropped the connection. The server ends the statement when it notices; what it leaves is removed at the next start.</source>
        <translation>Annulé : le serveur n&apos;a pas donné suite à l&apos;annulation en %1 s, Sonde a donc coupé la connexion. Le serveur arrête l&apos;instruction quand il s&apos;en aperçoit ; ce qu&apos;elle laisse est supprimé au prochain démarrage.</translation>
    </message>
    <message>
        <source>Change #%1 is itself a revert: nothing to revert.</source>
        <translation>La modification n°%1 est elle-même une annulation : rien à annuler.</translation>
    </message>
    <message>
        <source>Change #%1 is %2: nothing to revert.</source>
        <translation>La modification n°%1 est %2 : rien à annuler.</translation>
    </message>
    <message>
        <source>Change #%1 (%2) left no index %3.%4 on the server: nothing to revert.</source>
        <translation>La modification n°%1 (%2) n&apos;a laissé aucun index %3.%4 sur le serveur : rien à annuler.</translation>
    </message>
    <message>
        <source>%1 is PgBouncer: indexes are built and dropped only on a direct connection to PostgreSQL. Sonde follows a build&apos;s progress and cancels it on the server by the server process that runs it, which a pool in transaction mode does not name; and through such a pool the build&apos;s lock_timeout would have to be SET LOCAL in a transaction block, where CREATE INDEX CONCURRENTLY cannot run. Nothing was changed: give the PostgreSQL server&apos;s own URI (its host and port, not PgBouncer&apos;s). Index advice works through PgBouncer.</source>
        <translation>%1 est PgBouncer : les index ne sont construits et supprimés que sur une connexion directe à PostgreSQL. Sonde suit la progression d&apos;une construction et l&apos;annule sur le serveur par le processus serveur qui l&apos;exécute, qu&apos;un pool en mode transaction ne désigne pas ; et à travers un tel pool, le lock_timeout de la construction devrait être posé par SET LOCAL dans un bloc de transaction, où CREATE INDEX CONCURRENTLY ne peut pas s&apos;exécuter. Rien n&apos;a été modifié : indiquez l&apos;URI du serveur PostgreSQL lui-même (son hôte et son port, pas ceux de PgBouncer). Le conseil d&apos;index fonctionne à travers PgBouncer.</translation>
    </message>
    <message>
        <source>Canceled before it started: %1</source>
        <translation>Annulé avant le début : %1</translation>
    </message>
</context>
<context>
    <name>IndexCatalogQueries</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Removed what the build left: %1.</source>
        <translation>Restes de la construction supprimés : %1.</translation>
    </message>
    <message>
        <source>Could not remove %1: run DROP INDEX CONCURRENTLY on it.</source>
        <translation>Impossible de supprimer %1 : lancez DROP INDEX CONCURRENTLY dessus.</translation>
    </message>
</context>
<context>
    <name>IndexChangeService</name>
    <message>
        <source>%1: canceled before it started</source>
        <translation>%1 : annulé avant de démarrer</translation>
    </message>
    <message>
        <source>Index %1 of %2 · </source>
        <translation>Index %1 sur %2 · </translation>
    </message>
    <message>
        <source>change #%1</source>
        <translation>modification n° %1</translation>
    </message>
</context>
<context>
    <name>IndexChecks</name>
    <message>
        <source>Deleting or updating a referenced row makes PostgreSQL scan the referencing table, under lock, once per row.</source>
        <translation>Supprimer ou modifier une ligne référencée oblige PostgreSQL à parcourir la table qui la référence, sous verrou, une fois par ligne.</translation>
    </message>
    <message>
        <source>Build an index on the referencing columns (CREATE INDEX CONCURRENTLY: writers are not blocked).</source>
        <translation>Construire un index sur les colonnes qui référencent (CREATE INDEX CONCURRENTLY : les écritures ne sont pas bloquées).</translation>
    </message>
    <message>
        <source>An invalid index is updated on every write and never read.</source>
        <translation>Un index invalide est mis à jour à chaque écriture et jamais lu.</translation>
    </message>
    <message>
        <source>Every index slows down every write to its table and takes space in the cache; one that serves no query only costs.</source>
        <translation>Chaque index ralentit chaque écriture dans sa table et prend de la place dans le cache ; un index qui ne sert à aucune requête ne fait que coûter.</translation>
    </message>
    <message>
        <source>Drop the index (DROP INDEX CONCURRENTLY blocks no one).</source>
        <translation>Supprimer l&apos;index (DROP INDEX CONCURRENTLY ne bloque personne).</translation>
    </message>
    <message>
        <source>A query that needed the index plans without it at once: the revert builds it again.</source>
        <translation>Une requête qui avait besoin de l&apos;index s&apos;en passe aussitôt : l&apos;annulation le reconstruit.</translation>
    </message>
</context>
<context>
    <name>IndexSelector</name>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Planning statement %1 of %2 as it runs today</source>
        <translation>Planification de la requête %1 sur %2 telle qu&apos;elle s&apos;exécute aujourd&apos;hui</translation>
    </message>
    <message>
        <source>HypoPG could not create %1: %2</source>
        <translation>HypoPG n&apos;a pas pu créer %1 : %2</translation>
    </message>
    <message>
        <source>%1 dropped: the other recommendations already give what it would.</source>
        <translation>%1 écarté : les autres recommandations apportent déjà ce qu&apos;il apporterait.</translation>
    </message>
    <message>
        <source>Round %1 of at most %2: candidate %3 of %4, %5</source>
        <translation>Tour %1 sur %2 au plus : candidat %3 sur %4, %5</translation>
    </message>
</context>
<context>
    <name>IndexStatement</name>
    <message>
        <source>The statement does not parse: %1</source>
        <translation>Erreur d&apos;analyse de l&apos;instruction : %1</translation>
    </message>
    <message>
        <source>Give exactly one CREATE INDEX statement.</source>
        <translation>Indiquez exactement une instruction CREATE INDEX.</translation>
    </message>
    <message>
        <source>There is no table %1 in this database.</source>
        <translation>Il n&apos;y a pas de table %1 dans cette base de données.</translation>
    </message>
    <message>
        <source>ON ONLY is how Sonde builds a partitioned table&apos;s index itself: give the table without ONLY.</source>
        <translation>Sonde utilise ON ONLY en interne pour construire l&apos;index d&apos;une table partitionnée : indiquez la table sans ONLY.</translation>
    </message>
    <message>
        <source>Operator classes and collations are not supported here: run that statement yourself.</source>
        <translation>Les classes d&apos;opérateurs et les collations ne sont pas prises en charge ici : exécutez cette instruction vous-même.</translation>
    </message>
    <message>
        <source>Sonde cannot write this index expression back exactly: run that statement yourself.</source>
        <translation>Sonde ne peut pas réécrire exactement cette expression d&apos;index : exécutez cette instruction vous-même.</translation>
    </message>
    <message>
        <source>Sonde cannot write this WHERE clause back exactly: run that statement yourself.</source>
        <translation>Sonde ne peut pas réécrire exactement cette clause WHERE : exécutez cette instruction vous-même.</translation>
    </message>
    <message>
        <source>The index has no key.</source>
        <translation>L&apos;index n&apos;a aucune clé.</translation>
    </message>
</context>
<context>
    <name>MachineFacts</name>
    <message>
        <source>this machine (the server runs where Sonde runs)</source>
        <translation>cette machine (le serveur tourne là où tourne Sonde)</translation>
    </message>
</context>
<context>
    <name>MemoryChecks</name>
    <message>
        <source>Too small a buffer cache sends reads to the kernel&apos;s cache or the disk, and checkpoints write more often.</source>
        <translation>Un cache de tampons trop petit envoie les lectures vers le cache du noyau ou le disque, et les checkpoints écrivent plus souvent.</translation>
    </message>
    <message>
        <source>Too large a buffer cache leaves too little for the kernel&apos;s own cache and for work_mem, and double-caches the same pages.</source>
        <translation>Un cache de tampons trop grand laisse trop peu au cache du noyau et à work_mem, et met les mêmes pages deux fois en cache.</translation>
    </message>
    <message>
        <source>Set shared_buffers to 25 % of RAM, then restart the server at a quiet moment.</source>
        <translation>Fixer shared_buffers à 25 % de la RAM, puis redémarrer le serveur à un moment calme.</translation>
    </message>
    <message>
        <source>Each miss is a system call at least and a disk read at worst: an OLTP database usually serves over 99 % from its buffers.</source>
        <translation>Chaque défaut coûte au moins un appel système et au pire une lecture disque : une base OLTP sert d&apos;ordinaire plus de 99 % depuis ses tampons.</translation>
    </message>
    <message>
        <source>shared_buffers already fits the RAM: look for the statements that read most (Slow queries, sorted by reads) and their indexes, or add RAM.</source>
        <translation>shared_buffers correspond déjà à la RAM : cherchez les requêtes qui lisent le plus (Requêtes lentes, triées par lectures) et leurs index, ou ajoutez de la RAM.</translation>
    </message>
    <message>
        <source>Give the machine&apos;s RAM to compare shared_buffers with it; look for the statements that read most.</source>
        <translation>Donnez la RAM de la machine pour lui comparer shared_buffers ; cherchez les requêtes qui lisent le plus.</translation>
    </message>
    <message>
        <source>effective_cache_size is %1 on a machine with %2 of RAM (%3).</source>
        <translation>effective_cache_size vaut %1 sur une machine avec %2 de RAM (%3).</translation>
    </message>
    <message>
        <source>The planner uses it to judge how likely an index page is cached: too high favours index scans that then read the disk, too low avoids indexes that would be fast.</source>
        <translation>Le planificateur s&apos;en sert pour juger si une page d&apos;index est probablement en cache : trop haut, il favorise des parcours d&apos;index qui lisent ensuite le disque ; trop bas, il évite des index qui seraient rapides.</translation>
    </message>
    <message>
        <source>Set it to about 75 % of RAM (it allocates nothing).</source>
        <translation>Le fixer à environ 75 % de la RAM (il n&apos;alloue rien).</translation>
    </message>
    <message>
        <source>maintenance_work_mem is %1: one CREATE INDEX plus %2 autovacuum workers may take %3 of the machine&apos;s %4.</source>
        <translation>maintenance_work_mem vaut %1 : un CREATE INDEX plus %2 workers d&apos;autovacuum peuvent prendre %3 des %4 de la machine.</translation>
    </message>
    <message>
        <source>maintenance_work_mem is %1 on a machine with %2 of RAM: VACUUM and CREATE INDEX work in small pieces.</source>
        <translation>maintenance_work_mem vaut %1 sur une machine avec %2 de RAM : VACUUM et CREATE INDEX travaillent par petits morceaux.</translation>
    </message>
    <message>
        <source>Maintenance that takes that much memory at once pushes the server into swap or the OOM killer.</source>
        <translation>Une maintenance qui prend autant de mémoire d&apos;un coup pousse le serveur dans le swap ou vers l&apos;OOM killer.</translation>
    </message>
    <message>
        <source>With little memory VACUUM scans every index several times and index builds sort on disk.</source>
        <translation>Avec peu de mémoire, VACUUM parcourt chaque index plusieurs fois et les constructions d&apos;index trient sur disque.</translation>
    </message>
    <message>
        <source>Set it to RAM / 16 (at most 2 GB).</source>
        <translation>Le fixer à RAM / 16 (au plus 2 Go).</translation>
    </message>
    <message>
        <source>max_worker_processes is %1 and max_parallel_workers %2 on a machine with %3 cores (%4).</source>
        <translation>max_worker_processes vaut %1 et max_parallel_workers %2 sur une machine à %3 cœurs (%4).</translation>
    </message>
    <message>
        <source>Large scans, joins and aggregates can use more cores than the server lets them.</source>
        <translation>Les gros parcours, jointures et agrégats pourraient utiliser plus de cœurs que le serveur ne leur en laisse.</translation>
    </message>
    <message>
        <source>Allow a worker process per core (then raise max_parallel_workers to match).</source>
        <translation>Permettre un processus worker par cœur (puis aligner max_parallel_workers).</translation>
    </message>
    <message>
        <source>Let parallel queries use every core.</source>
        <translation>Laisser les requêtes parallèles utiliser tous les cœurs.</translation>
    </message>
    <message>
        <source>Sorts and hashes wrote %L1 temporary files (%2) since the statistics were reset; work_mem is %3.</source>
        <translation>Les tris et hachages ont écrit %L1 fichiers temporaires (%2) depuis la remise à zéro des statistiques ; work_mem vaut %3.</translation>
    </message>
    <message>
        <source>Sorts and hashes wrote %2 to temporary files (work_mem is %3); the statement that spills most writes %4 per call: %1</source>
        <translation>Les tris et hachages ont écrit %2 dans des fichiers temporaires (work_mem vaut %3) ; la requête qui déborde le plus écrit %4 par appel : %1</translation>
    </message>
    <message>
        <source>A sort or hash that does not fit in work_mem goes to disk and runs several times slower.</source>
        <translation>Un tri ou un hachage qui ne tient pas dans work_mem passe sur disque et devient plusieurs fois plus lent.</translation>
    </message>
    <message>
        <source>The spill is larger than work_mem can safely be on this machine (work_mem × max_connections within a quarter of RAM): make the statement sort less (an index in the ORDER BY order, fewer rows), or raise work_mem for it alone (SET work_mem in its session).</source>
        <translation>Le débordement dépasse ce que work_mem peut valoir sans risque sur cette machine (work_mem × max_connections dans un quart de la RAM) : faites trier moins la requête (un index dans l&apos;ordre de l&apos;ORDER BY, moins de lignes), ou augmentez work_mem pour elle seule (SET work_mem dans sa session).</translation>
    </message>
    <message>
        <source>Raise work_mem so the spill fits in memory, within a quarter of RAM over max_connections.</source>
        <translation>Augmenter work_mem pour que le débordement tienne en mémoire, dans la limite d&apos;un quart de la RAM divisé par max_connections.</translation>
    </message>
    <message>
        <source>Raise work_mem so the spill fits in memory. The RAM is unknown: the proposal stays at most 64MB; check that work_mem × max_connections fits the machine.</source>
        <translation>Augmenter work_mem pour que le débordement tienne en mémoire. La RAM est inconnue : la proposition reste au plus à 64MB ; vérifiez que work_mem × max_connections tient sur la machine.</translation>
    </message>
    <message>
        <source>The machine&apos;s RAM is unknown: shared_buffers, effective_cache_size and maintenance_work_mem were not compared with it (give it to check them).</source>
        <translation>La RAM de la machine est inconnue : shared_buffers, effective_cache_size et maintenance_work_mem ne lui ont pas été comparés (donnez-la pour les contrôler).</translation>
    </message>
    <message>
        <source>shared_buffers is %1, %2 of the machine&apos;s %3 of RAM (%4); about 25 % is the usual start.</source>
        <translation>shared_buffers vaut %1, soit %2 des %3 de RAM de la machine (%4) ; environ 25 % est le point de départ habituel.</translation>
    </message>
    <message>
        <source>%1 of the blocks this database read came from shared buffers; %L2 blocks were read from outside them.</source>
        <translation>%1 des blocs lus par cette base venaient des tampons partagés ; %L2 blocs ont été lus en dehors.</translation>
    </message>
</context>
<context>
    <name>MetricCatalog</name>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Hit rates</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>Pool and connection use</source>
        <translation>Utilisation des pools et connexions</translation>
    </message>
</context>
<context>
    <name>ModelExport</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Sous</translation>
    </message>
</context>
<context>
    <name>MonitoringStack</name>
    <message>
        <source>%1 is not installed (Debian package %2): run scripts/install-deps, or start the demo without Prometheus.</source>
        <translation>%1 n&apos;est pas installé (paquet Debian %2) : exécutez scripts/install-deps, ou lancez la démo sans Prometheus.</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 n&apos;a pas démarré : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 stopped at start: %2</source>
        <translation>%1 s&apos;est arrêté au démarrage : %2</translation>
    </message>
    <message>
        <source>%1 did not answer on port %2 within 30 s: %3</source>
        <translation>%1 n&apos;a pas répondu sur le port %2 en 30 s : %3</translation>
    </message>
    <message>
        <source>Cannot make %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Could not stop %1.</source>
        <translation>Impossible d&apos;arrêter %1.</translation>
    </message>
</context>
<context>
    <name>OverviewService</name>
    <message>
        <source>Not shown: the role lacks the privilege (%1).</source>
        <translation>Non affiché : le rôle n’a pas le privilège (%1).</translation>
    </message>
    <message>
        <source>Not shown: the query took too long.</source>
        <translation>Non affiché : la requête a pris trop de temps.</translation>
    </message>
    <message>
        <source>Not shown: %1</source>
        <translation>Non affiché : %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Up since</source>
        <translation>Démarré le</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>standby (in recovery)</source>
        <translation>secondaire (en restauration)</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <source>Connected as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>%1 of max_connections %2</source>
        <translation>%1 sur max_connections %2</translation>
    </message>
    <message>
        <source>more than 80 % of max_connections in use</source>
        <translation>plus de 80 % de max_connections utilisés</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>no CONNECT privilege</source>
        <translation>pas de privilège CONNECT</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Table size</source>
        <translation>Taille de la table</translation>
    </message>
    <message>
        <source>Index size</source>
        <translation>Taille des index</translation>
    </message>
    <message>
        <source>Rows (est.)</source>
        <translation>Lignes (est.)</translation>
    </message>
    <message>
        <source>Dead rows</source>
        <translation>Lignes mortes</translation>
    </message>
    <message>
        <source>Last autovacuum</source>
        <translation>Dernier autovacuum</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>No tables in this database.</source>
        <translation>Aucune table dans cette base.</translation>
    </message>
    <message>
        <source>autovacuum is off: dead rows pile up</source>
        <translation>autovacuum désactivé : les lignes mortes s’accumulent</translation>
    </message>
    <message>
        <source>off: plans and statements show no I/O time</source>
        <translation>désactivé : plans et requêtes sans temps d’E/S</translation>
    </message>
    <message>
        <source>the spinning-disk default; on SSD 1.1–2 is usual</source>
        <translation>valeur par défaut pour disques rotatifs ; sur SSD, 1,1–2 est usuel</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Secondaire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Replay lag</source>
        <translation>Retard de rejeu</translation>
    </message>
    <message>
        <source>Lag time</source>
        <translation>Retard (temps)</translation>
    </message>
    <message>
        <source>Replay delay</source>
        <translation>Retard de rejeu</translation>
    </message>
    <message>
        <source>nothing replayed yet</source>
        <translation>rien de rejoué pour l’instant</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No standby is connected.</source>
        <translation>Aucun secondaire connecté.</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>WAL retained</source>
        <translation>WAL retenus</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No replication slot.</source>
        <translation>Aucun slot de réplication.</translation>
    </message>
    <message>
        <source>installed (%1)</source>
        <translation>installée (%1)</translation>
    </message>
    <message>
        <source>available, not installed</source>
        <translation>disponible, non installée</translation>
    </message>
    <message>
        <source>CREATE EXTENSION %1 in this database to use it</source>
        <translation>CREATE EXTENSION %1 dans cette base pour l’utiliser</translation>
    </message>
    <message>
        <source>not available on this server</source>
        <translation>non disponible sur ce serveur</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Clients active</source>
        <translation>Clients actifs</translation>
    </message>
    <message>
        <source>Clients waiting</source>
        <translation>Clients en attente</translation>
    </message>
    <message>
        <source>Servers active</source>
        <translation>Serveurs actifs</translation>
    </message>
    <message>
        <source>Servers idle</source>
        <translation>Serveurs inactifs</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attente max.</translation>
    </message>
    <message>
        <source>No pool yet: no client has connected through PgBouncer.</source>
        <translation>Aucun pool : aucun client ne s’est encore connecté via PgBouncer.</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Démarré depuis</translation>
    </message>
    <message numerus="yes">
        <source>primary, %n replica(s)</source>
        <translation>
            <numerusform>primaire, %n réplique</numerusform>
            <numerusform>primaire, %n répliques</numerusform>
        </translation>
    </message>
    <message>
        <source>replica of %1:%2 (link %3)</source>
        <translation>réplique de %1:%2 (lien %3)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>%1 blocked</source>
        <translation>%1 bloqués</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>no lookups yet</source>
        <translation>aucune lecture pour l’instant</translation>
    </message>
    <message>
        <source>%1 hits, %2 misses since start</source>
        <translation>%1 succès, %2 échecs depuis le démarrage</translation>
    </message>
    <message>
        <source>Used memory</source>
        <translation>Mémoire utilisée</translation>
    </message>
    <message>
        <source>%1 (no maxmemory)</source>
        <translation>%1 (pas de maxmemory)</translation>
    </message>
    <message>
        <source>no maxmemory: Redis grows until the machine runs out</source>
        <translation>pas de maxmemory : Redis grossit jusqu’à épuiser la machine</translation>
    </message>
    <message>
        <source>Eviction policy</source>
        <translation>Politique d’éviction</translation>
    </message>
    <message>
        <source>writes fail once maxmemory is reached</source>
        <translation>les écritures échouent une fois maxmemory atteint</translation>
    </message>
    <message>
        <source>Evicted keys</source>
        <translation>Clés évincées</translation>
    </message>
    <message>
        <source>Fragmentation ratio</source>
        <translation>Taux de fragmentation</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>With a TTL</source>
        <translation>Avec un TTL</translation>
    </message>
    <message>
        <source>No keys.</source>
        <translation>Aucune clé.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>Largest tables</source>
        <translation>Plus grandes tables</translation>
    </message>
    <message>
        <source>Settings that matter</source>
        <translation>Paramètres importants</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Réplication</translation>
    </message>
    <message>
        <source>Replication slots</source>
        <translation>Slots de réplication</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Keys per database</source>
        <translation>Clés par base</translation>
    </message>
    <message>
        <source>%1 of maxmemory %2 (%3)</source>
        <translation>%1 sur maxmemory %2 (%3)</translation>
    </message>
    <message>
        <source>A Prometheus has no server overview: see the Fleet page.</source>
        <translation>Un Prometheus n&apos;a pas de vue d&apos;ensemble de serveur : consultez la page Parc.</translation>
    </message>
</context>
<context>
    <name>ParameterBinder</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>PgBenchWorker</name>
    <message>
        <source>The statement &quot;%1&quot; cannot be prepared: %2</source>
        <translation>Impossible de préparer la requête &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>%1, line %2: \gset and \aset are not allowed in pipeline mode</source>
        <translation>%1, ligne %2 : \gset et \aset ne sont pas permis en mode pipeline</translation>
    </message>
    <message>
        <source>\startpipeline: already in pipeline mode</source>
        <translation>\startpipeline : déjà en mode pipeline</translation>
    </message>
    <message>
        <source>\endpipeline: not in pipeline mode</source>
        <translation>\endpipeline : pas en mode pipeline</translation>
    </message>
    <message>
        <source>end of script reached with a pipeline open (\startpipeline without \endpipeline)</source>
        <translation>fin du script atteinte avec un pipeline ouvert (\startpipeline sans \endpipeline)</translation>
    </message>
    <message>
        <source>end of script reached without completing the last transaction (a BEGIN without COMMIT or ROLLBACK)</source>
        <translation>fin du script atteinte sans terminer la dernière transaction (un BEGIN sans COMMIT ni ROLLBACK)</translation>
    </message>
    <message>
        <source>\gset expected one row, got %1</source>
        <translation>\gset attendait une ligne, il en a reçu %1</translation>
    </message>
</context>
<context>
    <name>PgBouncerChecks</name>
    <message>
        <source>PostgreSQL&apos;s max_connections is unknown (give the pooled database to reach it through PgBouncer): pool sizes were not compared with it.</source>
        <translation>Le max_connections de PostgreSQL est inconnu (donnez la base accessible par le pooler pour l&apos;atteindre à travers PgBouncer) : les tailles de pool ne lui ont pas été comparées.</translation>
    </message>
    <message>
        <source>%1: %2 × (%3 + %4 reserve)</source>
        <translation>%1 : %2 × (%3 + %4 de réserve)</translation>
    </message>
    <message>
        <source>PgBouncer&apos;s pools may open %1 server connections (%2), but PostgreSQL allows %3 (max_connections %4 less %5 reserved).</source>
        <translation>Les pools de PgBouncer peuvent ouvrir %1 connexions serveur (%2), mais PostgreSQL en permet %3 (max_connections %4 moins %5 réservées).</translation>
    </message>
    <message>
        <source>Under load the pools try to grow past what the server accepts: clients get &quot;too many clients already&quot; through the pooler, and other applications are locked out.</source>
        <translation>Sous charge, les pools essaient de dépasser ce que le serveur accepte : les clients reçoivent « too many clients already » à travers le pooler, et les autres applications sont bloquées.</translation>
    </message>
    <message>
        <source>Lower default_pool_size (or pool_size per database) in pgbouncer.ini, or cap each database with max_db_connections, so the sum stays under max_connections; then RELOAD PgBouncer.</source>
        <translation>Baissez default_pool_size (ou pool_size par base) dans pgbouncer.ini, ou plafonnez chaque base avec max_db_connections, pour que la somme reste sous max_connections ; puis RELOAD de PgBouncer.</translation>
    </message>
    <message>
        <source>Waiting in the pooler is latency the application sees on every query, though PostgreSQL looks idle.</source>
        <translation>L&apos;attente dans le pooler est une latence que l&apos;application subit à chaque requête, alors que PostgreSQL semble inactif.</translation>
    </message>
    <message>
        <source>Find what holds the server connections (long transactions through the pooler, session pooling), or raise this pool&apos;s size if PostgreSQL has room.</source>
        <translation>Trouvez ce qui tient les connexions serveur (de longues transactions à travers le pooler, un pooling par session), ou augmentez la taille de ce pool si PostgreSQL a de la place.</translation>
    </message>
    <message>
        <source>Transaction pooling with max_prepared_statements = 0: protocol-level prepared statements fail or run on the wrong server connection.</source>
        <translation>Pooling par transaction avec max_prepared_statements = 0 : les requêtes préparées au niveau du protocole échouent ou s&apos;exécutent sur la mauvaise connexion serveur.</translation>
    </message>
    <message>
        <source>Transaction pooling with %1, which cannot carry protocol-level prepared statements (1.21 and later can).</source>
        <translation>Pooling par transaction avec %1, qui ne sait pas transporter les requêtes préparées au niveau du protocole (1.21 et suivantes le peuvent).</translation>
    </message>
    <message>
        <source>A driver that prepares statements (JDBC after 5 executions, npgsql, asyncpg, pgx) gets &quot;prepared statement does not exist&quot; errors at random.</source>
        <translation>Un pilote qui prépare ses requêtes (JDBC après 5 exécutions, npgsql, asyncpg, pgx) reçoit au hasard des erreurs « prepared statement does not exist ».</translation>
    </message>
    <message>
        <source>Set max_prepared_statements (e.g. 200) in pgbouncer.ini and RELOAD.</source>
        <translation>Fixez max_prepared_statements (par exemple 200) dans pgbouncer.ini et faites RELOAD.</translation>
    </message>
    <message>
        <source>Make the clients use the simple or unnamed extended protocol (prepareThreshold=0, statement_cache_size=0), or upgrade PgBouncer to 1.21+ and set max_prepared_statements.</source>
        <translation>Faites utiliser aux clients le protocole simple ou étendu sans nom (prepareThreshold=0, statement_cache_size=0), ou passez à PgBouncer 1.21+ et fixez max_prepared_statements.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) of pool %1 wait for a server connection; the oldest has waited %2. %3 server connections are active, %4 idle.</source>
        <translation>
            <numerusform>%n client du pool %1 attend une connexion serveur ; le plus ancien attend depuis %2. %3 connexions serveur sont actives, %4 inactives.</numerusform>
            <numerusform>%n clients du pool %1 attendent une connexion serveur ; le plus ancien attend depuis %2. %3 connexions serveur sont actives, %4 inactives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgBouncerConsole</name>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>La chaîne de connexion n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Not connected to the PgBouncer console at %1.</source>
        <translation>Non connecté à la console PgBouncer sur %1.</translation>
    </message>
    <message>
        <source>The PgBouncer console at %1 closed the connection.</source>
        <translation>La console PgBouncer sur %1 a fermé la connexion.</translation>
    </message>
    <message>
        <source>PgBouncer at %1 did not answer &quot;%2&quot; within %3 ms.</source>
        <translation>PgBouncer sur %1 n&apos;a pas répondu à &quot;%2&quot; en moins de %3 ms.</translation>
    </message>
    <message>
        <source>The PgBouncer console at %1 closed the connection (restart?): Sonde will reconnect.</source>
        <translation>La console PgBouncer sur %1 a fermé la connexion (redémarrage ?) : Sonde va se reconnecter.</translation>
    </message>
</context>
<context>
    <name>PgBouncerInstance</name>
    <message>
        <source>PgBouncer did not start: %1 %2</source>
        <translation>PgBouncer n&apos;a pas démarré : %1 %2</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use: PgBouncer cannot listen on it.</source>
        <translation>Le port %1 sur 127.0.0.1 est déjà utilisé : PgBouncer ne peut pas l&apos;écouter.</translation>
    </message>
    <message>
        <source>PgBouncer did not accept connections within 10 s: %1</source>
        <translation>PgBouncer n&apos;a pas accepté de connexions en moins de 10 s : %1</translation>
    </message>
    <message>
        <source>PgBouncer (pid %1) did not stop.</source>
        <translation>PgBouncer (pid %1) ne s&apos;est pas arrêté.</translation>
    </message>
</context>
<context>
    <name>PgBouncerMetrics</name>
    <message>
        <source>PgBouncer active clients</source>
        <translation>Clients PgBouncer actifs</translation>
    </message>
    <message>
        <source>Clients linked to a server connection (SHOW POOLS cl_active).</source>
        <translation>Clients associés à une connexion serveur (SHOW POOLS cl_active).</translation>
    </message>
    <message>
        <source>PgBouncer waiting clients</source>
        <translation>Clients PgBouncer en attente</translation>
    </message>
    <message>
        <source>Clients that sent a query but have no server connection yet (SHOW POOLS cl_waiting): the pool is saturated.</source>
        <translation>Clients ayant envoyé une requête mais pas encore de connexion serveur (SHOW POOLS cl_waiting) : le pool est saturé.</translation>
    </message>
    <message>
        <source>PgBouncer longest wait</source>
        <translation>Plus longue attente PgBouncer</translation>
    </message>
    <message>
        <source>How long the oldest waiting client has waited (maxwait).</source>
        <translation>Durée d&apos;attente du plus ancien client en attente (maxwait).</translation>
    </message>
    <message>
        <source>PgBouncer active servers</source>
        <translation>Serveurs PgBouncer actifs</translation>
    </message>
    <message>
        <source>Server connections linked to a client (sv_active).</source>
        <translation>Connexions serveur associées à un client (sv_active).</translation>
    </message>
    <message>
        <source>PgBouncer idle servers</source>
        <translation>Serveurs PgBouncer inactifs</translation>
    </message>
    <message>
        <source>Server connections ready for a client (sv_idle).</source>
        <translation>Connexions serveur prêtes pour un client (sv_idle).</translation>
    </message>
    <message>
        <source>PgBouncer used servers</source>
        <translation>Serveurs PgBouncer utilisés</translation>
    </message>
    <message>
        <source>Server connections idle longer than server_check_delay (sv_used).</source>
        <translation>Connexions serveur inactives depuis plus de server_check_delay (sv_used).</translation>
    </message>
    <message>
        <source>PgBouncer server use</source>
        <translation>Occupation des serveurs PgBouncer</translation>
    </message>
    <message>
        <source>The busiest pool&apos;s active server connections / its pool_size.</source>
        <translation>Connexions serveur actives du pool le plus chargé / son pool_size.</translation>
    </message>
    <message>
        <source>PgBouncer queries</source>
        <translation>Requêtes PgBouncer</translation>
    </message>
    <message>
        <source>Queries pooled per second (Δtotal_query_count of SHOW STATS).</source>
        <translation>Requêtes traitées par le pooler par seconde (Δtotal_query_count de SHOW STATS).</translation>
    </message>
    <message>
        <source>PgBouncer transactions</source>
        <translation>Transactions PgBouncer</translation>
    </message>
    <message>
        <source>Transactions pooled per second (Δtotal_xact_count).</source>
        <translation>Transactions traitées par le pooler par seconde (Δtotal_xact_count).</translation>
    </message>
    <message>
        <source>PgBouncer query time</source>
        <translation>Durée des requêtes PgBouncer</translation>
    </message>
    <message>
        <source>Mean query time seen by PgBouncer in the interval: Δtotal_query_time / Δtotal_query_count.</source>
        <translation>Durée moyenne des requêtes vue par PgBouncer sur l&apos;intervalle : Δtotal_query_time / Δtotal_query_count.</translation>
    </message>
    <message>
        <source>PgBouncer wait per transaction</source>
        <translation>Attente PgBouncer par transaction</translation>
    </message>
    <message>
        <source>Time clients waited for a server per transaction in the interval: Δtotal_wait_time / Δtotal_xact_count.</source>
        <translation>Temps d&apos;attente d&apos;un serveur par les clients, par transaction, sur l&apos;intervalle : Δtotal_wait_time / Δtotal_xact_count.</translation>
    </message>
</context>
<context>
    <name>PgErrors</name>
    <message>
        <source>The host name of %1 cannot be resolved: check the spelling or your DNS.</source>
        <translation>Impossible de résoudre le nom d&apos;hôte de %1 : vérifiez l&apos;orthographe ou votre DNS.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1: is the server running, and listening on this address and port?</source>
        <translation>Rien n&apos;accepte de connexions sur %1 : le serveur est-il démarré, et écoute-t-il sur cette adresse et ce port ?</translation>
    </message>
    <message>
        <source>%1 did not answer in time: a firewall may drop the packets, the server may be overloaded, or the port may speak another protocol.</source>
        <translation>%1 n&apos;a pas répondu à temps : un pare-feu bloque peut-être les paquets, le serveur est peut-être surchargé, ou le port parle un autre protocole.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password: check them (and ~/.pgpass or the keychain entry).</source>
        <translation>%1 a refusé le nom d&apos;utilisateur ou le mot de passe : vérifiez-les (ainsi que ~/.pgpass ou l&apos;entrée du trousseau).</translation>
    </message>
    <message>
        <source>%1 does not allow this user, database or address in pg_hba.conf: ask the server&apos;s administrator for an entry.</source>
        <translation>%1 n&apos;autorise pas cet utilisateur, cette base ou cette adresse dans pg_hba.conf : demandez une entrée à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>TLS negotiation with %1 failed: check sslmode and the certificates.</source>
        <translation>La négociation TLS avec %1 a échoué : vérifiez sslmode et les certificats.</translation>
    </message>
    <message>
        <source>%1 does not speak the PostgreSQL protocol: is this the right port?</source>
        <translation>%1 ne parle pas le protocole PostgreSQL : est-ce le bon port ?</translation>
    </message>
    <message>
        <source>%1 answered, but the database or role does not exist.</source>
        <translation>%1 a répondu, mais la base ou le rôle n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 has no connection slot left (max_connections reached).</source>
        <translation>%1 n&apos;a plus de slot de connexion libre (max_connections atteint).</translation>
    </message>
    <message>
        <source>%1 is starting up or shutting down: Sonde will retry.</source>
        <translation>%1 est en cours de démarrage ou d&apos;arrêt : Sonde va réessayer.</translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>Impossible de se connecter à %1.</translation>
    </message>
    <message>
        <source>The query ran longer than its statement_timeout and was stopped.</source>
        <translation>La requête a dépassé son statement_timeout et a été interrompue.</translation>
    </message>
    <message>
        <source>The query was canceled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>A lock could not be acquired within lock_timeout: another session holds it. Look at the blocking sessions and retry.</source>
        <translation>Impossible d&apos;obtenir un verrou dans le délai lock_timeout : une autre session le détient. Examinez les sessions bloquantes et réessayez.</translation>
    </message>
    <message>
        <source>Permission denied: the connected role lacks a privilege for this action.</source>
        <translation>Permission refusée : il manque au rôle connecté un privilège pour cette action.</translation>
    </message>
    <message>
        <source>The statement writes, but the transaction is read-only.</source>
        <translation>La requête écrit, mais la transaction est en lecture seule.</translation>
    </message>
    <message>
        <source>The server closed the connection (restart or shutdown): Sonde will reconnect.</source>
        <translation>Le serveur a fermé la connexion (redémarrage ou arrêt) : Sonde va se reconnecter.</translation>
    </message>
    <message>
        <source>The server refused the credentials.</source>
        <translation>Le serveur a refusé les identifiants.</translation>
    </message>
    <message>
        <source>The connection to the server was lost: Sonde will reconnect.</source>
        <translation>La connexion au serveur a été perdue : Sonde va se reconnecter.</translation>
    </message>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>La chaîne de connexion n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>%1 is PgBouncer, which refuses the startup parameter &quot;options&quot;: remove options=… from the connection string (or list it in PgBouncer&apos;s ignore_startup_parameters).</source>
        <translation>%1 est PgBouncer, qui refuse le paramètre de démarrage « options » : retirez options=… de la chaîne de connexion (ou ajoutez-le à ignore_startup_parameters de PgBouncer).</translation>
    </message>
    <message>
        <source>%1 is PgBouncer&apos;s admin console (database &quot;pgbouncer&quot;): it answers SHOW commands only. Sonde samples it (sonde-cli sample); for statements, plans and indexes connect to a database through PgBouncer (same host and port, the database&apos;s own name) or to PostgreSQL directly.</source>
        <translation>%1 est la console d&apos;administration de PgBouncer (base « pgbouncer ») : elle ne répond qu&apos;aux commandes SHOW. Sonde l&apos;échantillonne (sonde-cli sample) ; pour les requêtes, les plans et les index, connectez-vous à une base à travers PgBouncer (même hôte et port, le nom de la base) ou directement à PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>PgScriptParser</name>
    <message>
        <source>%1 in \%2</source>
        <translation>%1 dans \%2</translation>
    </message>
    <message>
        <source>a backslash must start a meta-command (\set, \sleep, …)</source>
        <translation>une barre oblique inverse doit commencer une méta-commande (\set, \sleep, …)</translation>
    </message>
    <message>
        <source>invalid command &quot;%1&quot;: pgbench 15&apos;s meta-commands are \set, \sleep, \setshell, \shell, \if, \elif, \else, \endif, \gset, \aset, \startpipeline and \endpipeline</source>
        <translation>commande invalide « %1 » : les méta-commandes de pgbench 15 sont \set, \sleep, \setshell, \shell, \if, \elif, \else, \endif, \gset, \aset, \startpipeline et \endpipeline</translation>
    </message>
    <message>
        <source>missing argument in \set: \set NAME EXPRESSION</source>
        <translation>argument manquant dans \set : \set NOM EXPRESSION</translation>
    </message>
    <message>
        <source>invalid variable name: &quot;%1&quot;</source>
        <translation>nom de variable invalide : « %1 »</translation>
    </message>
    <message>
        <source>missing argument in \setshell: \setshell NAME COMMAND</source>
        <translation>argument manquant dans \setshell : \setshell NOM COMMANDE</translation>
    </message>
    <message>
        <source>missing command in \shell</source>
        <translation>commande manquante dans \shell</translation>
    </message>
    <message>
        <source>unexpected argument in \%1</source>
        <translation>argument inattendu dans \%1</translation>
    </message>
    <message>
        <source>missing argument in \sleep: \sleep N [us|ms|s]</source>
        <translation>argument manquant dans \sleep : \sleep N [us|ms|s]</translation>
    </message>
    <message>
        <source>too many arguments in \sleep: \sleep N [us|ms|s]</source>
        <translation>trop d’arguments dans \sleep : \sleep N [us|ms|s]</translation>
    </message>
    <message>
        <source>invalid sleep time, must be an integer (%1)</source>
        <translation>durée de pause invalide, elle doit être un entier (%1)</translation>
    </message>
    <message>
        <source>unrecognized time unit, must be us, ms or s (%1)</source>
        <translation>unité de temps non reconnue, elle doit être us, ms ou s (%1)</translation>
    </message>
    <message>
        <source>too many arguments in \%1: \%1 [PREFIX]</source>
        <translation>trop d’arguments dans \%1 : \%1 [PRÉFIXE]</translation>
    </message>
    <message>
        <source>\%1 must follow an SQL command</source>
        <translation>\%1 doit suivre une commande SQL</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>^ here</source>
        <translation>^ ici</translation>
    </message>
    <message>
        <source>%1: the SQL command does not end</source>
        <translation>%1 : la commande SQL ne se termine pas</translation>
    </message>
    <message>
        <source>empty command list for script: it holds no SQL command and no meta-command</source>
        <translation>liste de commandes vide : le script ne contient ni commande SQL ni méta-commande</translation>
    </message>
    <message>
        <source>\else without matching \if</source>
        <translation>\else sans \if correspondant</translation>
    </message>
    <message>
        <source>\elif without matching \if</source>
        <translation>\elif sans \if correspondant</translation>
    </message>
    <message>
        <source>\else after \else</source>
        <translation>\else après \else</translation>
    </message>
    <message>
        <source>\elif after \else</source>
        <translation>\elif après \else</translation>
    </message>
    <message>
        <source>\endif without matching \if</source>
        <translation>\endif sans \if correspondant</translation>
    </message>
    <message>
        <source>\if without matching \endif</source>
        <translation>\if sans \endif correspondant</translation>
    </message>
    <message>
        <source>too many arguments in command &quot;%1&quot; (at most %2)</source>
        <translation>trop d’arguments dans la commande « %1 » (%2 au plus)</translation>
    </message>
</context>
<context>
    <name>PgSession</name>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>La chaîne de connexion n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>%1 speaks %2, not PostgreSQL: is this the right port?</source>
        <translation>%1 parle %2, pas PostgreSQL : est-ce le bon port ?</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Non connecté à %1.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: Sonde dropped the connection (a stopped or overloaded server, or a dead network path).</source>
        <translation>%1 n&apos;a pas répondu en %2 s : Sonde a coupé la connexion (serveur arrêté ou surchargé, ou chemin réseau mort).</translation>
    </message>
</context>
<context>
    <name>PgWorkload</name>
    <message>
        <source>invalid variable name: &quot;%1&quot;</source>
        <translation>nom de variable invalide : « %1 »</translation>
    </message>
    <message>
        <source>undefined variable &quot;%1&quot;: no \set, \setshell, \gset, \aset or -D gives it a value</source>
        <translation>variable non définie « %1 » : aucun \set, \setshell, \gset, \aset ni -D ne lui donne de valeur</translation>
    </message>
    <message>
        <source>cannot use pipeline mode with the simple query protocol: run with the extended or prepared protocol</source>
        <translation>le mode pipeline est impossible avec le protocole simple : exécutez avec le protocole étendu ou préparé</translation>
    </message>
    <message>
        <source>statements joined with \; need the simple query protocol (the extended and prepared protocols send one statement at a time)</source>
        <translation>les instructions jointes par \; demandent le protocole simple (les protocoles étendu et préparé envoient une instruction à la fois)</translation>
    </message>
    <message>
        <source>statement has too many arguments (maximum is %1): each :variable is one under the extended and prepared protocols</source>
        <translation>l’instruction a trop d’arguments (%1 au plus) : chaque :variable en est un avec les protocoles étendu et préparé</translation>
    </message>
</context>
<context>
    <name>PgbenchSchema</name>
    <message>
        <source>The scale must be between 1 and 100000.</source>
        <translation>L&apos;échelle doit être comprise entre 1 et 100000.</translation>
    </message>
    <message>
        <source>Initialisation canceled: run it again before benchmarking.</source>
        <translation>Initialisation annulée : relancez-la avant le benchmark.</translation>
    </message>
    <message>
        <source>Initialising the pgbench tables: %1</source>
        <translation>Initialisation des tables pgbench : %1</translation>
    </message>
    <message>
        <source>Initialising the pgbench tables failed at &quot;%1&quot;: %2</source>
        <translation>L&apos;initialisation des tables pgbench a échoué sur &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>pgbench tables ready (scale %1)</source>
        <translation>Tables pgbench prêtes (échelle %1)</translation>
    </message>
    <message>
        <source>The pgbench tables are missing or empty in this database: initialise them first (Sonde&apos;s &quot;Initialise&quot; button, `sonde-cli bench --init`, or `pgbench -i`).</source>
        <translation>Les tables pgbench sont absentes ou vides dans cette base : initialisez-les d&apos;abord (bouton &quot;Initialiser&quot; de Sonde, `sonde-cli bench --init` ou `pgbench -i`).</translation>
    </message>
</context>
<context>
    <name>PlanDiff</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>filter: %1 → %2</source>
        <translation>filtre : %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>condition: %1 → %2</source>
        <translation>condition : %1 → %2</translation>
    </message>
    <message>
        <source>sort in %1 → in %2</source>
        <translation>tri en %1 → en %2</translation>
    </message>
    <message>
        <source> (about the same)</source>
        <translation> (à peu près identique)</translation>
    </message>
    <message>
        <source>Cost %1 → %2</source>
        <translation>Coût %1 → %2</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 plus bas</translation>
    </message>
    <message>
        <source>%1 higher</source>
        <translation>%1 plus élevé</translation>
    </message>
    <message>
        <source>; time %1 → %2</source>
        <translation> ; temps %1 → %2</translation>
    </message>
    <message>
        <source>%1 faster</source>
        <translation>%1 plus rapide</translation>
    </message>
    <message>
        <source>%1 slower</source>
        <translation>%1 plus lent</translation>
    </message>
    <message>
        <source>; same plan shape</source>
        <translation> ; même forme de plan</translation>
    </message>
    <message numerus="yes">
        <source>; %n node(s) differ</source>
        <translation>
            <numerusform> ; %n nœud différent</numerusform>
            <numerusform> ; %n nœuds différents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanFinding</name>
    <message>
        <source>Most of the time (%1, %2) goes to %3.</source>
        <translation>L&apos;essentiel du temps (%1, %2) est passé dans %3.</translation>
    </message>
    <message>
        <source>Most of the estimated cost (%1) is in %2.</source>
        <translation>L&apos;essentiel du coût estimé (%1) est dans %2.</translation>
    </message>
    <message>
        <source>an index matching its filter %1 would avoid it</source>
        <translation>un index correspondant à son filtre %1 l&apos;éviterait</translation>
    </message>
    <message>
        <source>an index on %1 would avoid it</source>
        <translation>un index sur %1 l&apos;éviterait</translation>
    </message>
    <message>
        <source>%1 runs %2 times and reads %3 rows in all to return %4: %5.</source>
        <translation>%1 s&apos;exécute %2 fois et lit %3 lignes au total pour en renvoyer %4 : %5.</translation>
    </message>
    <message>
        <source>%1 reads %2 rows to return %3: %4.</source>
        <translation>%1 lit %2 lignes pour en renvoyer %3 : %4.</translation>
    </message>
    <message>
        <source>%1 reads the whole table (estimated cost %2) to return about %3 rows: %4.</source>
        <translation>%1 lit toute la table (coût estimé %2) pour renvoyer environ %3 lignes : %4.</translation>
    </message>
    <message>
        <source>%1 fetches %2 rows through the index and its filter discards %3 of them: an index that also covers %4 would avoid it.</source>
        <translation>%1 récupère %2 lignes via l&apos;index et son filtre en écarte %3 : un index couvrant aussi %4 l&apos;éviterait.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n parallel worker(s))</source>
        <translation>
            <numerusform>%1 (et %n worker parallèle)</numerusform>
            <numerusform>%1 (et %n workers parallèles)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 spilled %2 to disk: raise work_mem (for example SET LOCAL work_mem = &apos;%3&apos; for this statement)%4.</source>
        <translation>%1 a débordé sur disque (%2) : augmentez work_mem (par exemple SET LOCAL work_mem = &apos;%3&apos; pour cette requête)%4.</translation>
    </message>
    <message>
        <source>, or let an index on %1 return the rows in order</source>
        <translation>, ou laissez un index sur %1 renvoyer les lignes dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Hash split its table into %1 batches (peak memory %2 each) and spilled to disk: raise work_mem (for example SET LOCAL work_mem = &apos;%3&apos;).</source>
        <translation>Hash a découpé sa table en %1 lots (pic mémoire de %2 chacun) et a débordé sur disque : augmentez work_mem (par exemple SET LOCAL work_mem = &apos;%3&apos;).</translation>
    </message>
    <message>
        <source>%1 spilled %2 to disk in %3 batches: raise work_mem or hash_mem_multiplier (for example SET LOCAL work_mem = &apos;%4&apos;).</source>
        <translation>%1 a débordé sur disque (%2) en %3 lots : augmentez work_mem ou hash_mem_multiplier (par exemple SET LOCAL work_mem = &apos;%4&apos;).</translation>
    </message>
    <message>
        <source>check the statistics of the tables involved</source>
        <translation>vérifiez les statistiques des tables concernées</translation>
    </message>
    <message>
        <source>run ANALYZE on %1, or raise the statistics target / create extended statistics for the columns involved</source>
        <translation>lancez ANALYZE sur %1, ou augmentez la cible de statistiques / créez des statistiques étendues pour les colonnes concernées</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 plus</translation>
    </message>
    <message>
        <source>%1 fewer</source>
        <translation>%1 moins</translation>
    </message>
    <message>
        <source>%1 returned %2 rows per loop where the planner expected %3 (%4)</source>
        <translation>%1 a renvoyé %2 lignes par boucle alors que le planificateur en attendait %3 (%4)</translation>
    </message>
    <message>
        <source>%1 returned %2 rows where the planner expected %3 (%4)</source>
        <translation>%1 a renvoyé %2 lignes alors que le planificateur en attendait %3 (%4)</translation>
    </message>
    <message>
        <source>: the plan above it rests on a wrong count; %1.</source>
        <translation> : le plan au-dessus repose sur un décompte erroné ; %1.</translation>
    </message>
    <message>
        <source>: %1.</source>
        <translation> : %1.</translation>
    </message>
    <message>
        <source>%1 went lossy on %2 blocks and rechecked every row on them%3: raise work_mem so the bitmap stays exact.</source>
        <translation>%1 est passé en mode lossy sur %2 blocs et a revérifié chacune de leurs lignes%3 : augmentez work_mem pour que le bitmap reste exact.</translation>
    </message>
    <message>
        <source> (%1 rows discarded)</source>
        <translation> (%1 lignes écartées)</translation>
    </message>
    <message>
        <source>%1 still read %2 rows from the table (heap fetches): VACUUM %3 so its visibility map lets the index answer alone.</source>
        <translation>%1 a quand même lu %2 lignes dans la table (heap fetches) : faites un VACUUM %3 pour que sa carte de visibilité permette à l&apos;index de répondre seul.</translation>
    </message>
    <message>
        <source>none started</source>
        <translation>aucun n&apos;a démarré</translation>
    </message>
    <message>
        <source>only %1 started</source>
        <translation>seuls %1 ont démarré</translation>
    </message>
    <message>
        <source>%1 planned %2 parallel workers but %3: max_parallel_workers or max_worker_processes is exhausted, so it ran slower than planned.</source>
        <translation>%1 a prévu %2 workers parallèles mais %3 : max_parallel_workers ou max_worker_processes est épuisé, l&apos;exécution a donc été plus lente que prévu.</translation>
    </message>
    <message>
        <source>Memoize found only %1 of its lookups in its cache (%2 evictions): it costs more than it saves%3.</source>
        <translation>Memoize n&apos;a trouvé que %1 de ses recherches dans son cache (%2 évictions) : il coûte plus qu&apos;il ne fait gagner%3.</translation>
    </message>
    <message>
        <source>; more work_mem would keep more entries</source>
        <translation> ; plus de work_mem conserverait plus d&apos;entrées</translation>
    </message>
    <message>
        <source>Trigger %1 on %2 took %3 over %4 calls (%5 of the run)%6.</source>
        <translation>Le trigger %1 sur %2 a pris %3 en %4 appels (%5 de l&apos;exécution)%6.</translation>
    </message>
    <message>
        <source>: it checks a foreign key; an index on the referencing column(s) would make each check fast</source>
        <translation> : il vérifie une clé étrangère ; un index sur la ou les colonnes référençantes rendrait chaque vérification rapide</translation>
    </message>
    <message>
        <source>JIT compilation took %1 of a %2 run: raise jit_above_cost, or SET jit = off for this statement.</source>
        <translation>La compilation JIT a pris %1 sur une exécution de %2 : augmentez jit_above_cost, ou faites SET jit = off pour cette requête.</translation>
    </message>
    <message>
        <source>Planning took %1, longer than running the statement (%2): a prepared statement would plan it once.</source>
        <translation>La planification a pris %1, plus que l&apos;exécution de la requête (%2) : une requête préparée ne serait planifiée qu&apos;une fois.</translation>
    </message>
    <message>
        <source>%1 returned %2 row per loop where the planner expected %3 (%4)</source>
        <translation>%1 a renvoyé %2 ligne par boucle alors que le planificateur en attendait %3 (%4)</translation>
    </message>
    <message>
        <source>%1 returned %2 row where the planner expected %3 (%4)</source>
        <translation>%1 a renvoyé %2 ligne alors que le planificateur en attendait %3 (%4)</translation>
    </message>
</context>
<context>
    <name>PlanParser</name>
    <message>
        <source>Run EXPLAIN (FORMAT JSON) — or EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) — and paste its whole output.</source>
        <translation>Exécutez EXPLAIN (FORMAT JSON) — ou EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) — et collez toute sa sortie.</translation>
    </message>
    <message>
        <source>This JSON is not an EXPLAIN plan (it has no &quot;Plan&quot; object). </source>
        <translation>Ce JSON n&apos;est pas un plan EXPLAIN (il n&apos;a pas d&apos;objet &quot;Plan&quot;). </translation>
    </message>
    <message>
        <source>The plan is an empty list. </source>
        <translation>Le plan est une liste vide. </translation>
    </message>
    <message>
        <source>The plan is empty. </source>
        <translation>Le plan est vide. </translation>
    </message>
    <message>
        <source>This is a plan in text format; Sonde reads the JSON format. </source>
        <translation>Ce plan est au format texte ; Sonde lit le format JSON. </translation>
    </message>
    <message>
        <source>This is not an EXPLAIN plan in JSON format. </source>
        <translation>Ce n&apos;est pas un plan EXPLAIN au format JSON. </translation>
    </message>
    <message>
        <source>The plan is not valid JSON (%1 at character %2): was it cut off when copied? </source>
        <translation>Le plan n&apos;est pas du JSON valide (%1 au caractère %2) : a-t-il été tronqué lors de la copie ? </translation>
    </message>
    <message>
        <source>The plan is nested more than %1 levels deep; Sonde does not read plans that deep.</source>
        <translation>Le plan a plus de %1 niveaux d&apos;imbrication ; Sonde ne lit pas des plans aussi profonds.</translation>
    </message>
    <message>
        <source>The plan has more than %1 nodes; Sonde does not read plans that large.</source>
        <translation>Le plan a plus de %1 nœuds ; Sonde ne lit pas des plans aussi grands.</translation>
    </message>
    <message>
        <source>The plan&apos;s top node has no &quot;Node Type&quot;. </source>
        <translation>Le nœud racine du plan n&apos;a pas de &quot;Node Type&quot;. </translation>
    </message>
    <message>
        <source>A node at depth %1 has no &quot;Node Type&quot;. </source>
        <translation>Un nœud à la profondeur %1 n&apos;a pas de &quot;Node Type&quot;. </translation>
    </message>
    <message>
        <source>This is not an EXPLAIN plan, or it was edited. </source>
        <translation>Ce n&apos;est pas un plan EXPLAIN, ou il a été modifié. </translation>
    </message>
    <message>
        <source>The &quot;Plans&quot; of %1 is not a list: the plan was edited or is damaged. </source>
        <translation>Le champ &quot;Plans&quot; de %1 n&apos;est pas une liste : le plan a été modifié ou est endommagé. </translation>
    </message>
    <message>
        <source>A child of %1 is not a plan node: the plan was edited or is damaged. </source>
        <translation>Un enfant de %1 n&apos;est pas un nœud de plan : le plan a été modifié ou est endommagé. </translation>
    </message>
</context>
<context>
    <name>PlanRouteFinder</name>
    <message>
        <source>$%1 typed text: nothing in the statement says its type</source>
        <translation>$%1 typé text : rien dans la requête n&apos;indique son type</translation>
    </message>
</context>
<context>
    <name>PlanRoutes</name>
    <message>
        <source>as it is</source>
        <translation>telle quelle</translation>
    </message>
    <message>
        <source>constants folded</source>
        <translation>constantes regroupées</translation>
    </message>
    <message>
        <source>your example</source>
        <translation>votre exemple</translation>
    </message>
    <message>
        <source>sample from pg_stat_activity</source>
        <translation>échantillon de pg_stat_activity</translation>
    </message>
    <message>
        <source>pg_qualstats values</source>
        <translation>valeurs de pg_qualstats</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>non planifiée</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>rows %1 (est. %2)</source>
        <translation>lignes %1 (est. %2)</translation>
    </message>
    <message>
        <source>loops %1</source>
        <translation>boucles %1</translation>
    </message>
    <message>
        <source>est. rows %1</source>
        <translation>lignes est. %1</translation>
    </message>
    <message>
        <source>time %1 (self %2)</source>
        <translation>temps %1 (propre %2)</translation>
    </message>
    <message>
        <source>cost %1 (self %2)</source>
        <translation>coût %1 (propre %2)</translation>
    </message>
    <message>
        <source>buffers hit %1 read %2</source>
        <translation>buffers en cache %1, lus %2</translation>
    </message>
    <message>
        <source>Total cost %1</source>
        <translation>Coût total %1</translation>
    </message>
    <message>
        <source>, execution %1</source>
        <translation>, exécution %1</translation>
    </message>
    <message>
        <source>, planning %1</source>
        <translation>, planification %1</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Constats :</translation>
    </message>
</context>
<context>
    <name>PostgresInstance</name>
    <message>
        <source>initdb failed (exit code %1): %2</source>
        <translation>initdb a échoué (code de sortie %1) : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use: PostgreSQL cannot listen on it.</source>
        <translation>Le port %1 sur 127.0.0.1 est déjà utilisé : PostgreSQL ne peut pas l&apos;écouter.</translation>
    </message>
    <message>
        <source>PostgreSQL did not start: %1
%2</source>
        <translation>PostgreSQL n&apos;a pas démarré : %1
%2</translation>
    </message>
    <message>
        <source>PostgreSQL did not stop: %1</source>
        <translation>PostgreSQL ne s&apos;est pas arrêté : %1</translation>
    </message>
</context>
<context>
    <name>PostgresMetrics</name>
    <message>
        <source>PostgreSQL latency per statement</source>
        <translation>Latence PostgreSQL par requête</translation>
    </message>
    <message>
        <source>Mean execution time of the statements that finished in the interval: Δtotal_exec_time / Δcalls from pg_stat_statements (Sonde&apos;s own excluded).</source>
        <translation>Durée moyenne d&apos;exécution des requêtes terminées sur l&apos;intervalle : Δtotal_exec_time / Δcalls de pg_stat_statements (hors requêtes de Sonde).</translation>
    </message>
    <message>
        <source>PostgreSQL statements</source>
        <translation>Requêtes PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL transactions</source>
        <translation>Transactions PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL rollbacks</source>
        <translation>Rollbacks PostgreSQL</translation>
    </message>
    <message>
        <source>Rollbacks per second (pg_stat_database).</source>
        <translation>Rollbacks par seconde (pg_stat_database).</translation>
    </message>
    <message>
        <source>PostgreSQL buffer cache hit rate</source>
        <translation>Taux de succès du cache de tampons PostgreSQL</translation>
    </message>
    <message>
        <source>Share of block reads served from shared buffers in the interval: Δblks_hit / (Δblks_hit + Δblks_read).</source>
        <translation>Part des lectures de blocs servies depuis les shared buffers sur l&apos;intervalle : Δblks_hit / (Δblks_hit + Δblks_read).</translation>
    </message>
    <message>
        <source>PostgreSQL temporary files</source>
        <translation>Fichiers temporaires PostgreSQL</translation>
    </message>
    <message>
        <source>Temporary files written in the interval (sorts and hashes larger than work_mem).</source>
        <translation>Fichiers temporaires écrits sur l&apos;intervalle (tris et hachages dépassant work_mem).</translation>
    </message>
    <message>
        <source>PostgreSQL temporary file bytes</source>
        <translation>Volume des fichiers temporaires PostgreSQL</translation>
    </message>
    <message>
        <source>Bytes written to temporary files per second.</source>
        <translation>Octets écrits dans des fichiers temporaires par seconde.</translation>
    </message>
    <message>
        <source>PostgreSQL deadlocks</source>
        <translation>Interblocages PostgreSQL</translation>
    </message>
    <message>
        <source>Deadlocks detected in the interval.</source>
        <translation>Interblocages détectés sur l&apos;intervalle.</translation>
    </message>
    <message>
        <source>PostgreSQL active sessions</source>
        <translation>Sessions PostgreSQL actives</translation>
    </message>
    <message>
        <source>Client sessions running a statement (Sonde&apos;s own excluded).</source>
        <translation>Sessions client en train d&apos;exécuter une requête (hors sessions de Sonde).</translation>
    </message>
    <message>
        <source>PostgreSQL idle sessions</source>
        <translation>Sessions PostgreSQL inactives</translation>
    </message>
    <message>
        <source>Client sessions waiting for their client.</source>
        <translation>Sessions client en attente de leur client.</translation>
    </message>
    <message>
        <source>PostgreSQL idle in transaction</source>
        <translation>Sessions PostgreSQL inactives en transaction</translation>
    </message>
    <message>
        <source>Sessions holding a transaction open without running anything.</source>
        <translation>Sessions qui gardent une transaction ouverte sans rien exécuter.</translation>
    </message>
    <message>
        <source>PostgreSQL sessions waiting on locks</source>
        <translation>Sessions PostgreSQL en attente de verrou</translation>
    </message>
    <message>
        <source>Sessions whose wait_event_type is Lock.</source>
        <translation>Sessions dont le wait_event_type est Lock.</translation>
    </message>
    <message>
        <source>PostgreSQL connections</source>
        <translation>Connexions PostgreSQL</translation>
    </message>
    <message>
        <source>Client backends, Sonde&apos;s included (they hold connection slots too).</source>
        <translation>Backends clients, y compris ceux de Sonde (ils occupent aussi des slots de connexion).</translation>
    </message>
    <message>
        <source>PostgreSQL connection use</source>
        <translation>Occupation des connexions PostgreSQL</translation>
    </message>
    <message>
        <source>Client backends / (max_connections − superuser_reserved_connections − reserved_connections).</source>
        <translation>Backends clients / (max_connections − superuser_reserved_connections − reserved_connections).</translation>
    </message>
    <message>
        <source>PostgreSQL longest running statement</source>
        <translation>Requête PostgreSQL la plus longue en cours</translation>
    </message>
    <message>
        <source>Age of the oldest statement still running.</source>
        <translation>Ancienneté de la plus ancienne requête encore en cours.</translation>
    </message>
    <message>
        <source>Statements finished per second: Δcalls of the top-level statements in pg_stat_statements, Sonde&apos;s own excluded. A transaction may run several statements; a statement run outside BEGIN … COMMIT is a transaction of its own.</source>
        <translation>Requêtes terminées par seconde : Δcalls des requêtes de premier niveau de pg_stat_statements, hors celles de Sonde. Une transaction peut exécuter plusieurs requêtes ; une requête exécutée hors de BEGIN … COMMIT est une transaction à elle seule.</translation>
    </message>
    <message>
        <source>Transactions finished per second: commits and rollbacks over every database (pg_stat_database), the monitoring connection&apos;s own subtracted. More transactions than statements means transactions whose statements pg_stat_statements does not count: Sonde&apos;s other connections (health checks, advice), statements it does not track (pg_stat_statements.track) or entries evicted beyond pg_stat_statements.max.</source>
        <translation>Transactions terminées par seconde : validations et annulations de toutes les bases (pg_stat_database), moins celles de la connexion de surveillance. Plus de transactions que de requêtes signifie des transactions dont pg_stat_statements ne compte pas les requêtes : les autres connexions de Sonde (contrôles de santé, conseils), les requêtes qu&apos;il ne suit pas (pg_stat_statements.track) ou les entrées évincées au-delà de pg_stat_statements.max.</translation>
    </message>
</context>
<context>
    <name>PostgresSampler</name>
    <message numerus="yes">
        <source>%1: %n deadlock(s) detected</source>
        <translation>
            <numerusform>%1 : %n interblocage détecté</numerusform>
            <numerusform>%1 : %n interblocages détectés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create the directory %1: %2</source>
        <translation>Impossible de créer le répertoire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private (mode %2): %3</source>
        <translation>Impossible de rendre %1 privé (mode %2) : %3</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
</context>
<context>
    <name>PrometheusActivity</name>
    <message>
        <source>%1 through %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>%1 through %2 — firing: %3</source>
        <translation>%1 via %2 — alertes actives : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n scrape target(s) up</source>
        <translation>
            <numerusform>%n cible de collecte en ligne</numerusform>
            <numerusform>%n cibles de collecte en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n down</source>
        <translation>
            <numerusform>, %n hors ligne</numerusform>
            <numerusform>, %n hors ligne</numerusform>
        </translation>
    </message>
    <message>
        <source> — firing: %1</source>
        <translation> — alertes actives : %1</translation>
    </message>
</context>
<context>
    <name>PrometheusClient</name>
    <message>
        <source>%1 speaks %2, not Prometheus&apos; HTTP API: give the address of the Prometheus server (port 9090 by default).</source>
        <translation>%1 parle %2, pas l&apos;API HTTP de Prometheus : indiquez l&apos;adresse du serveur Prometheus (port 9090 par défaut).</translation>
    </message>
    <message>
        <source>%1 does not answer HTTP as Prometheus does: check the address, its port and http:// or https://.</source>
        <translation>%1 ne répond pas en HTTP comme le fait Prometheus : vérifiez l&apos;adresse, son port et http:// ou https://.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s: the server may be overloaded, or a firewall drops the connection.</source>
        <translation>%1 n&apos;a pas répondu en %2 s : le serveur est peut-être surchargé, ou un pare-feu bloque la connexion.</translation>
    </message>
    <message>
        <source>Host %1 not found: check the address.</source>
        <translation>Hôte %1 introuvable : vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Nothing listens at %1: check the address and that Prometheus is running.</source>
        <translation>Rien n&apos;écoute sur %1 : vérifiez l&apos;adresse, et que Prometheus est démarré.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. Give the CA that signed its certificate (cacert=FILE), or use http:// if it does not speak TLS.</source>
        <translation>La négociation TLS avec %1 a échoué : %2. Indiquez l&apos;autorité de certification qui a signé son certificat (cacert=FICHIER), ou utilisez http:// s&apos;il ne parle pas TLS.</translation>
    </message>
    <message>
        <source>%1 wants credentials (HTTP 401): set a user and password, or a bearer token, in the connection.</source>
        <translation>%1 demande des identifiants (HTTP 401) : indiquez un utilisateur et un mot de passe, ou un jeton bearer, dans la connexion.</translation>
    </message>
    <message>
        <source>%1 refused these credentials (HTTP 401): check the user and password, or the token.</source>
        <translation>%1 a refusé ces identifiants (HTTP 401) : vérifiez l&apos;utilisateur et le mot de passe, ou le jeton.</translation>
    </message>
    <message>
        <source>%1 refused access to %2 (HTTP 403): these credentials may not read its API.</source>
        <translation>%1 a refusé l&apos;accès à %2 (HTTP 403) : ces identifiants n&apos;ont pas le droit de lire son API.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but not as Prometheus&apos; API does: check the address and any path prefix (…/prometheus).</source>
        <translation>%1 a répondu HTTP %2, mais pas comme le fait l&apos;API de Prometheus : vérifiez l&apos;adresse et l&apos;éventuel préfixe de chemin (…/prometheus).</translation>
    </message>
    <message>
        <source>Prometheus refused the range: too many points per series. Choose a wider step.</source>
        <translation>Prometheus a refusé la plage : trop de points par série. Choisissez un pas plus grand.</translation>
    </message>
    <message>
        <source>Prometheus refused the query: %1</source>
        <translation>Prometheus a refusé la requête : %1</translation>
    </message>
    <message>
        <source>Prometheus could not answer (%1): %2</source>
        <translation>Prometheus n&apos;a pas pu répondre (%1) : %2</translation>
    </message>
</context>
<context>
    <name>PrometheusCommands</name>
    <message>
        <source>Give one Prometheus address.</source>
        <translation>Indiquez une adresse Prometheus.</translation>
    </message>
    <message>
        <source>--range takes a duration such as 15m, 6h or 7d; --step a number of seconds.</source>
        <translation>--range prend une durée comme 15m, 6h ou 7d ; --step un nombre de secondes.</translation>
    </message>
    <message>
        <source>%1 scrapes no PostgreSQL, PgBouncer or Redis exporter.</source>
        <translation>%1 ne collecte aucun exporteur PostgreSQL, PgBouncer ni Redis.</translation>
    </message>
    <message>
        <source>No instance named %1: `sonde-cli fleet %2` lists them.</source>
        <translation>Aucune instance nommée %1 : `sonde-cli fleet %2` les liste.</translation>
    </message>
    <message>
        <source>%1, the last %2 every %3 s</source>
        <translation>%1, depuis %2, toutes les %3 s</translation>
    </message>
    <message>
        <source> — down</source>
        <translation> — hors ligne</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>instance</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>latence</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>débit</translation>
    </message>
    <message>
        <source>hit rate</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>pool use</source>
        <translation>occ. pool</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>alertes</translation>
    </message>
    <message>
        <source>down</source>
        <translation>hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s), %1 queries</source>
        <translation>
            <numerusform>%n instance, %1 requêtes</numerusform>
            <numerusform>%n instances, %1 requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>rules takes no argument.</source>
        <translation>rules ne prend aucun argument.</translation>
    </message>
    <message>
        <source>--for and --scrape take a number of seconds.</source>
        <translation>--for et --scrape prennent un nombre de secondes.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Alerting rules written to %1.</source>
        <translation>Règles d&apos;alerte écrites dans %1.</translation>
    </message>
    <message>
        <source>a Prometheus&apos; history of the dashboard&apos;s series</source>
        <translation>l&apos;historique, lu dans un Prometheus, des séries du tableau de bord</translation>
    </message>
    <message>
        <source>every instance a Prometheus scrapes, worst first</source>
        <translation>chaque instance que collecte un Prometheus, la pire en premier</translation>
    </message>
    <message>
        <source>the dashboard&apos;s thresholds as Prometheus alerting rules</source>
        <translation>les seuils du tableau de bord en règles d&apos;alerte Prometheus</translation>
    </message>
</context>
<context>
    <name>PrometheusEndpoint</name>
    <message>
        <source>A Prometheus address starts with http:// or https:// (for example http://prometheus.example.com:9090).</source>
        <translation>Une adresse Prometheus commence par http:// ou https:// (par exemple http://prometheus.example.com:9090).</translation>
    </message>
    <message>
        <source>Unknown option in the address: %1 (known: cacert, verify=none, token).</source>
        <translation>Option inconnue dans l&apos;adresse : %1 (connues : cacert, verify=none, token).</translation>
    </message>
    <message>
        <source>This is not a valid address: check the host name, the port and that any character outside letters and digits in a user name or password is percent-encoded.</source>
        <translation>Cette adresse n’est pas valide : vérifiez le nom d’hôte, le port, et que tout caractère autre qu’une lettre ou un chiffre dans un nom d’utilisateur ou un mot de passe est encodé en pourcent.</translation>
    </message>
</context>
<context>
    <name>PrometheusMetrics</name>
    <message>
        <source>Prometheus targets up</source>
        <translation>Cibles Prometheus en ligne</translation>
    </message>
    <message>
        <source>Scrape targets whose last scrape worked (up == 1).</source>
        <translation>Cibles de collecte dont la dernière collecte a réussi (up == 1).</translation>
    </message>
    <message>
        <source>Prometheus targets down</source>
        <translation>Cibles Prometheus hors ligne</translation>
    </message>
    <message>
        <source>Scrape targets whose last scrape failed (up == 0).</source>
        <translation>Cibles de collecte dont la dernière collecte a échoué (up == 0).</translation>
    </message>
    <message>
        <source>Prometheus alerts firing</source>
        <translation>Alertes Prometheus actives</translation>
    </message>
    <message>
        <source>Alerts Prometheus&apos; rules fire now (ALERTS{alertstate=&quot;firing&quot;}).</source>
        <translation>Alertes que les règles de Prometheus déclenchent en ce moment (ALERTS{alertstate=&quot;firing&quot;}).</translation>
    </message>
</context>
<context>
    <name>PrometheusRules</name>
    <message>
        <source>below</source>
        <translation>en dessous de</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus de</translation>
    </message>
</context>
<context>
    <name>ProtocolProbe</name>
    <message>
        <source>PostgreSQL (or PgBouncer)</source>
        <translation>PostgreSQL (ou PgBouncer)</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>nothing (unreachable)</source>
        <translation>rien (injoignable)</translation>
    </message>
    <message>
        <source>an unknown protocol</source>
        <translation>un protocole inconnu</translation>
    </message>
</context>
<context>
    <name>ReadOnlyGuard</name>
    <message>
        <source>The target is read-only and the statement calls the volatile function(s) %1: a read-only transaction cannot keep such a function from acting elsewhere (another connection, a signal, a setting), so Sonde does not run it with ANALYZE. Explain it without ANALYZE.</source>
        <translation>La cible est en lecture seule et l&apos;instruction appelle la ou les fonctions volatiles %1 : une transaction en lecture seule ne peut pas empêcher une telle fonction d&apos;agir ailleurs (une autre connexion, un signal, un paramètre), Sonde ne l&apos;exécute donc pas avec ANALYZE. Expliquez-la sans ANALYZE.</translation>
    </message>
    <message>
        <source>The server refused a write while running the statement read-only (%1): the target is read-only, so it is not run with ANALYZE. Explain it without ANALYZE.</source>
        <translation>Le serveur a refusé une écriture en exécutant l&apos;instruction en lecture seule (%1) : la cible est en lecture seule, elle n&apos;est donc pas exécutée avec ANALYZE. Expliquez-la sans ANALYZE.</translation>
    </message>
    <message>
        <source>The statement writes although its text does not show it: run read-only, the server refused it (%1). Confirm the write to run it inside a transaction that is rolled back (a sequence advanced by nextval() stays advanced).</source>
        <translation>L&apos;instruction écrit bien que son texte ne le montre pas : exécutée en lecture seule, le serveur l&apos;a refusée (%1). Confirmez l&apos;écriture pour l&apos;exécuter dans une transaction annulée ensuite (une séquence avancée par nextval() reste avancée).</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message numerus="yes">
        <source>Recorded %1 of %n target(s): %2 snapshots, %3 statement readings, %4 session readings, %5 slow-log readings, %6 events (%7).</source>
        <translation>
            <numerusform>%1 enregistré, %n cible : %2 relevés, %3 lectures des requêtes, %4 lectures des sessions, %5 lectures du slow log, %6 événements (%7).</numerusform>
            <numerusform>%1 enregistré, %n cibles : %2 relevés, %3 lectures des requêtes, %4 lectures des sessions, %5 lectures du slow log, %6 événements (%7).</numerusform>
        </translation>
    </message>
    <message>
        <source>Give at least one URI and --out FILE.</source>
        <translation>Indiquez au moins une URI et --out FICHIER.</translation>
    </message>
    <message>
        <source>%1 is named twice: recorded once.</source>
        <translation>%1 est cité deux fois : enregistré une seule fois.</translation>
    </message>
    <message>
        <source>Recording %1 (%2).</source>
        <translation>Enregistrement de %1 (%2).</translation>
    </message>
    <message>
        <source>No server could be read: the recording holds no snapshot.</source>
        <translation>Aucun serveur n’a pu être lu : l’enregistrement ne contient aucun relevé.</translation>
    </message>
    <message>
        <source>record what the servers show into a .sonde file</source>
        <translation>enregistrer ce que montrent les serveurs dans un fichier .sonde</translation>
    </message>
    <message>
        <source>Note at %1: %2</source>
        <translation>Note à %1 : %2</translation>
    </message>
</context>
<context>
    <name>RecordingFile</name>
    <message>
        <source>Cannot replace %1: it cannot be removed.</source>
        <translation>Impossible de remplacer %1 : il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Cannot create the recording %1: %2</source>
        <translation>Impossible de créer l’enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write to the recording %1: %2</source>
        <translation>Impossible d’écrire dans l’enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Sonde recording.</source>
        <translation>%1 n’est pas un enregistrement Sonde.</translation>
    </message>
    <message>
        <source>The recording %1 is damaged (truncated or overwritten) and cannot be opened: %2</source>
        <translation>L’enregistrement %1 est endommagé (tronqué ou écrasé) et ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>the file ends after %1 bytes</source>
        <translation>le fichier s’arrête après %1 octets</translation>
    </message>
    <message>
        <source>Cannot open the recording %1: %2</source>
        <translation>Impossible d’ouvrir l’enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, not a Sonde recording.</source>
        <translation>%1 est une base SQLite, pas un enregistrement Sonde.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Sonde (recording format %2); this Sonde (%3) reads formats up to %4: update Sonde to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Sonde (format d’enregistrement %2) ; ce Sonde (%3) lit les formats jusqu’au %4 : mettez Sonde à jour pour l’ouvrir.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) cannot be read</source>
        <translation>
            <numerusform>%n enregistrement illisible</numerusform>
            <numerusform>%n enregistrements illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to the recording: %1</source>
        <translation>Impossible d’écrire dans l’enregistrement : %1</translation>
    </message>
    <message>
        <source>Cannot open the recording %1: it is not one this Sonde can add to, and it cannot be moved aside.</source>
        <translation>Impossible d’ouvrir l’enregistrement %1 : ce Sonde ne peut pas y ajouter, et il ne peut pas être mis de côté.</translation>
    </message>
    <message>
        <source>Cannot trim the recording %1: %2</source>
        <translation>Impossible d’élaguer l’enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the recording %1: %2</source>
        <translation>Impossible d’écrire l’enregistrement %1 : %2</translation>
    </message>
</context>
<context>
    <name>RecordingReplay</name>
    <message numerus="yes">
        <source>Recording of %1, %2 to %3 (%n min), made by Sonde %4.</source>
        <translation>
            <numerusform>Enregistrement de %1, de %2 à %3 (%n min), fait par Sonde %4.</numerusform>
            <numerusform>Enregistrement de %1, de %2 à %3 (%n min), fait par Sonde %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingReport</name>
    <message>
        <source>minutes since %1</source>
        <translation>minutes depuis %1</translation>
    </message>
    <message>
        <source>No statement ran in the range.</source>
        <translation>Aucune requête n’a tourné dans la plage.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 calls, %4 in all</source>
        <translation>%1 → %2 : %3 appels, %4 en tout</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Temps total</translation>
    </message>
    <message>
        <source>% of time</source>
        <translation>% du temps</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>(text left out)</source>
        <translation>(texte omis)</translation>
    </message>
    <message>
        <source>No session held another waiting in the sessions read (every 5 s).</source>
        <translation>Aucune session n’en a fait attendre une autre dans les lectures des sessions (toutes les 5 s).</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User, state</source>
        <translation>Utilisateur, état</translation>
    </message>
    <message>
        <source>Seen blocking</source>
        <translation>Vue bloquante</translation>
    </message>
    <message>
        <source>Most waiting</source>
        <translation>Au plus en attente</translation>
    </message>
    <message>
        <source>Its query</source>
        <translation>Sa requête</translation>
    </message>
    <message>
        <source>No alert, event or note.</source>
        <translation>Aucune alerte, aucun événement ni note.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Redis slow log</source>
        <translation>Slow log Redis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Sonde recording report</source>
        <translation>Rapport d’enregistrement Sonde</translation>
    </message>
    <message>
        <source>Recording: %1 → %2</source>
        <translation>Enregistrement : %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n minute(s) · recorded by Sonde %2, report made by Sonde %3</source>
        <translation>
            <numerusform>%1 · %n minute · enregistré par Sonde %2, rapport fait par Sonde %3</numerusform>
            <numerusform>%1 · %n minutes · enregistré par Sonde %2, rapport fait par Sonde %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement texts were left out.</source>
        <translation>Les textes des requêtes ont été omis.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What the dashboard showed</source>
        <translation>Ce que montrait le tableau de bord</translation>
    </message>
    <message>
        <source>Alerts, events and notes</source>
        <translation>Alertes, événements et notes</translation>
    </message>
    <message>
        <source>Top statements by time</source>
        <translation>Requêtes les plus coûteuses en temps</translation>
    </message>
    <message>
        <source>Sessions that blocked others</source>
        <translation>Sessions qui en ont bloqué d’autres</translation>
    </message>
    <message>
        <source>Plans looked at</source>
        <translation>Plans consultés</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>RedisClient</name>
    <message>
        <source>Out of memory.</source>
        <translation>Mémoire insuffisante.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1: is Redis running and listening on this address and port?</source>
        <translation>Rien n&apos;accepte de connexions sur %1 : Redis est-il démarré et à l&apos;écoute sur cette adresse et ce port ?</translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the address and any firewall.</source>
        <translation>%1 n&apos;a pas répondu à temps : vérifiez l&apos;adresse et les éventuels pare-feu.</translation>
    </message>
    <message>
        <source>The host name of %1 cannot be resolved.</source>
        <translation>Impossible de résoudre le nom d&apos;hôte de %1.</translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>Impossible de se connecter à %1.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>%1 requires a password: add it to the profile.</source>
        <translation>%1 exige un mot de passe : ajoutez-le au profil.</translation>
    </message>
    <message>
        <source>%1 has no database %2.</source>
        <translation>%1 n&apos;a pas de base %2.</translation>
    </message>
    <message>
        <source>%1 speaks the PostgreSQL protocol, not Redis: is this the right port?</source>
        <translation>%1 parle le protocole PostgreSQL, pas Redis : est-ce le bon port ?</translation>
    </message>
    <message>
        <source>%1 speaks HTTP, not Redis: is this the right port?</source>
        <translation>%1 parle HTTP, pas Redis : est-ce le bon port ?</translation>
    </message>
    <message>
        <source>%1 does not speak the Redis protocol.</source>
        <translation>%1 ne parle pas le protocole Redis.</translation>
    </message>
    <message>
        <source>%1 did not answer within the command timeout.</source>
        <translation>%1 n&apos;a pas répondu dans le délai imparti aux commandes.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (restart?): Sonde will reconnect.</source>
        <translation>La connexion à %1 a été perdue (redémarrage ?) : Sonde va se reconnecter.</translation>
    </message>
    <message>
        <source>%1 speaks %2, not Redis: is this the right port?</source>
        <translation>%1 parle %2, pas Redis : est-ce le bon port ?</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Non connecté à %1.</translation>
    </message>
    <message>
        <source>%1 expects TLS: use a rediss:// URI (turn TLS on in the profile).</source>
        <translation>%1 attend TLS : utilisez une URI rediss:// (activez TLS dans le profil).</translation>
    </message>
    <message>
        <source>No answer before the deadline.</source>
        <translation>Pas de réponse avant l&apos;échéance.</translation>
    </message>
    <message>
        <source>Server closed the connection</source>
        <translation>Le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>The certificate of %1 is signed by &quot;%2&quot;, a CA this computer does not trust: give the file of that CA&apos;s certificate (CA file, cacert=) in the profile.</source>
        <translation>Le certificat de %1 est signé par « %2 », une autorité de certification à laquelle cet ordinateur ne fait pas confiance : indiquez le fichier du certificat de cette autorité (fichier CA, cacert=) dans le profil.</translation>
    </message>
    <message>
        <source>The certificate of %1 is signed by &quot;%2&quot;, which is not in the CA file %3: give the file of the CA that signed the server&apos;s certificate.</source>
        <translation>Le certificat de %1 est signé par « %2 », absent du fichier CA %3 : indiquez le fichier de l&apos;autorité qui a signé le certificat du serveur.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2: the server&apos;s administrator must renew it.</source>
        <translation>Le certificat de %1 a expiré le %2 : l&apos;administrateur du serveur doit le renouveler.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2: check the clock of this computer and of the server.</source>
        <translation>Le certificat de %1 n&apos;est valable qu&apos;à partir du %2 : vérifiez l&apos;horloge de cet ordinateur et celle du serveur.</translation>
    </message>
    <message>
        <source>The certificate of %1 is made out to %2, not to &quot;%3&quot;: connect with one of those names, or enter the name the certificate is for as the server name (SNI).</source>
        <translation>Le certificat de %1 est établi pour %2, pas pour « %3 » : connectez-vous avec l&apos;un de ces noms, ou indiquez le nom du certificat comme nom de serveur (SNI).</translation>
    </message>
    <message>
        <source>The certificate of %1 is not accepted: %2</source>
        <translation>Le certificat de %1 n&apos;est pas accepté : %2</translation>
    </message>
    <message>
        <source>%1 speaks plain Redis, without TLS: use a redis:// URI (turn TLS off), or the port where Redis listens for TLS (tls-port).</source>
        <translation>%1 parle Redis en clair, sans TLS : utilisez une URI redis:// (désactivez TLS), ou le port où Redis écoute en TLS (tls-port).</translation>
    </message>
    <message>
        <source>%1 did not answer the TLS handshake in time: is this the server&apos;s TLS port?</source>
        <translation>%1 n&apos;a pas répondu à temps à la négociation TLS : est-ce bien le port TLS du serveur ?</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>La négociation TLS avec %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 asks for a client certificate (mutual TLS): add the certificate and its key to the profile.</source>
        <translation>%1 demande un certificat client (TLS mutuel) : ajoutez le certificat et sa clé au profil.</translation>
    </message>
    <message>
        <source>%1 refused the client certificate %2: it is not signed by a CA the server trusts (its tls-ca-cert-file).</source>
        <translation>%1 a refusé le certificat client %2 : il n&apos;est pas signé par une autorité à laquelle le serveur fait confiance (son tls-ca-cert-file).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Le fichier CA %1 est illisible.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate in PEM format.</source>
        <translation>Le fichier CA %1 ne contient aucun certificat au format PEM.</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate file and its key file.</source>
        <translation>Un certificat client demande à la fois le fichier du certificat et celui de sa clé.</translation>
    </message>
    <message>
        <source>The client certificate %1 cannot be read.</source>
        <translation>Le certificat client %1 est illisible.</translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no certificate in PEM format.</source>
        <translation>Le fichier de certificat client %1 ne contient aucun certificat au format PEM.</translation>
    </message>
    <message>
        <source>The client key %1 cannot be read.</source>
        <translation>La clé client %1 est illisible.</translation>
    </message>
    <message>
        <source>The client key %1 is encrypted: enter its passphrase in the profile.</source>
        <translation>La clé client %1 est chiffrée : saisissez sa phrase secrète dans le profil.</translation>
    </message>
    <message>
        <source>The client key %1 cannot be decrypted: is the passphrase right?</source>
        <translation>La clé client %1 ne peut pas être déchiffrée : la phrase secrète est-elle la bonne ?</translation>
    </message>
    <message>
        <source>The client key %1 is not a private key in PEM format.</source>
        <translation>La clé client %1 n&apos;est pas une clé privée au format PEM.</translation>
    </message>
    <message>
        <source>%1 needs TLS, but Qt found no TLS library on this computer (install libssl3).</source>
        <translation>%1 demande TLS, mais Qt n&apos;a trouvé aucune bibliothèque TLS sur cet ordinateur (installez libssl3).</translation>
    </message>
    <message>
        <source>Cannot hand the connection to %1 to TLS: %2</source>
        <translation>Impossible de confier la connexion à %1 à TLS : %2</translation>
    </message>
    <message>
        <source>%1 (%2); server certificate &quot;%3&quot; issued by &quot;%4&quot;, valid until %5</source>
        <translation>%1 (%2) ; certificat du serveur « %3 » émis par « %4 », valable jusqu&apos;au %5</translation>
    </message>
    <message>
        <source>; client certificate &quot;%1&quot;</source>
        <translation> ; certificat client « %1 »</translation>
    </message>
</context>
<context>
    <name>RedisEndpoint</name>
    <message>
        <source>not a valid URI: %1</source>
        <translation>URI invalide : %1</translation>
    </message>
    <message>
        <source>a Redis URI starts with redis:// or rediss://</source>
        <translation>une URI Redis commence par redis:// ou rediss://</translation>
    </message>
    <message>
        <source>the database number &quot;%1&quot; is not valid</source>
        <translation>le numéro de base &quot;%1&quot; n&apos;est pas valide</translation>
    </message>
    <message>
        <source>verify=%1 is not known: use verify=full (the default) or verify=none (no check of the server&apos;s certificate, unsafe)</source>
        <translation>verify=%1 est inconnu : utilisez verify=full (par défaut) ou verify=none (aucune vérification du certificat du serveur, dangereux)</translation>
    </message>
    <message>
        <source>a client certificate needs both cert= and key=</source>
        <translation>un certificat client demande à la fois cert= et key=</translation>
    </message>
    <message>
        <source>TLS settings (cacert, cert, key, sni, verify) need a rediss:// URI</source>
        <translation>les réglages TLS (cacert, cert, key, sni, verify) demandent une URI rediss://</translation>
    </message>
</context>
<context>
    <name>RedisInstance</name>
    <message>
        <source>Redis did not start: %1 %2</source>
        <translation>Redis n&apos;a pas démarré : %1 %2</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use: Redis cannot listen on it.</source>
        <translation>Le port %1 sur 127.0.0.1 est déjà utilisé : Redis ne peut pas l&apos;écouter.</translation>
    </message>
    <message>
        <source>Redis did not answer PING within 10 s: %1</source>
        <translation>Redis n&apos;a pas répondu à PING en moins de 10 s : %1</translation>
    </message>
    <message>
        <source>Redis (pid %1) did not stop.</source>
        <translation>Redis (pid %1) ne s&apos;est pas arrêté.</translation>
    </message>
</context>
<context>
    <name>RedisKeyChecks</name>
    <message>
        <source>With a volatile-* policy only keys with a TTL can be evicted: these stay until memory is full, then writes fail.</source>
        <translation>Avec une politique volatile-*, seules les clés avec un TTL peuvent être évincées : celles-ci restent jusqu&apos;à ce que la mémoire soit pleine, puis les écritures échouent.</translation>
    </message>
    <message>
        <source>Keys nobody expires hold stale data and take the room of the hot set; eviction has to find them.</source>
        <translation>Des clés que personne ne fait expirer gardent des données périmées et prennent la place des données chaudes ; l&apos;éviction doit les trouver.</translation>
    </message>
    <message>
        <source>Let eviction consider every key, and give keys a TTL where they are written.</source>
        <translation>Laisser l&apos;éviction considérer toutes les clés, et donner un TTL aux clés là où elles sont écrites.</translation>
    </message>
    <message>
        <source>Give cached keys a TTL where the application writes them (SET key value EX seconds, or EXPIRE after HSET/SADD).</source>
        <translation>Donnez un TTL aux clés mises en cache là où l&apos;application les écrit (SET clé valeur EX secondes, ou EXPIRE après HSET/SADD).</translation>
    </message>
    <message>
        <source>Key %1 (%2) takes %3.</source>
        <translation>La clé %1 (%2) occupe %3.</translation>
    </message>
    <message>
        <source>Reading, writing or deleting a big key blocks Redis for every other client, and moving it (replication, migration) stalls.</source>
        <translation>Lire, écrire ou supprimer une grosse clé bloque Redis pour tous les autres clients, et la déplacer (réplication, migration) cale.</translation>
    </message>
    <message>
        <source>Split it into smaller keys (by id range or hash tag); read it piecewise (HSCAN, SSCAN, LRANGE in pages) and delete it with UNLINK, which frees it in the background.</source>
        <translation>Découpez-la en clés plus petites (par plage d&apos;identifiants ou hash tag) ; lisez-la par morceaux (HSCAN, SSCAN, LRANGE par pages) et supprimez-la avec UNLINK, qui la libère en arrière-plan.</translation>
    </message>
    <message>
        <source>SCAN returned an unexpected reply.</source>
        <translation>SCAN a renvoyé une réponse inattendue.</translation>
    </message>
    <message>
        <source>The keys could not be sampled: %1</source>
        <translation>Les clés n&apos;ont pas pu être échantillonnées : %1</translation>
    </message>
    <message>
        <source>Keys sampled with SCAN: %L1 of %L2.</source>
        <translation>Clés échantillonnées avec SCAN : %L1 sur %L2.</translation>
    </message>
    <message>
        <source>%1 of %L2 sampled keys have no TTL (about %L3 of the %L4 keys), in a Redis used as a cache; e.g. %5.</source>
        <translation>%1 des %L2 clés échantillonnées n&apos;ont pas de TTL (environ %L3 des %L4 clés), dans un Redis utilisé comme cache ; par exemple %5.</translation>
    </message>
</context>
<context>
    <name>RedisMetrics</name>
    <message>
        <source>Redis commands</source>
        <translation>Commandes Redis</translation>
    </message>
    <message>
        <source>Commands per second (Δtotal_commands_processed), Sonde&apos;s own subtracted.</source>
        <translation>Commandes par seconde (Δtotal_commands_processed), hors commandes de Sonde.</translation>
    </message>
    <message>
        <source>Redis hit rate</source>
        <translation>Taux de succès Redis</translation>
    </message>
    <message>
        <source>Share of key lookups that found their key in the interval: Δkeyspace_hits / (Δkeyspace_hits + Δkeyspace_misses).</source>
        <translation>Part des recherches de clé ayant trouvé leur clé sur l&apos;intervalle : Δkeyspace_hits / (Δkeyspace_hits + Δkeyspace_misses).</translation>
    </message>
    <message>
        <source>Redis evictions</source>
        <translation>Évictions Redis</translation>
    </message>
    <message>
        <source>Keys evicted per second because maxmemory was reached.</source>
        <translation>Clés évincées par seconde parce que maxmemory est atteint.</translation>
    </message>
    <message>
        <source>Redis expirations</source>
        <translation>Expirations Redis</translation>
    </message>
    <message>
        <source>Keys expired per second.</source>
        <translation>Clés expirées par seconde.</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Mémoire Redis</translation>
    </message>
    <message>
        <source>used_memory.</source>
        <translation>used_memory.</translation>
    </message>
    <message>
        <source>Redis memory use</source>
        <translation>Occupation mémoire Redis</translation>
    </message>
    <message>
        <source>used_memory / maxmemory (only when maxmemory is set).</source>
        <translation>used_memory / maxmemory (uniquement si maxmemory est défini).</translation>
    </message>
    <message>
        <source>Redis clients</source>
        <translation>Clients Redis</translation>
    </message>
    <message>
        <source>Connected clients, Sonde&apos;s own excluded.</source>
        <translation>Clients connectés, hors ceux de Sonde.</translation>
    </message>
    <message>
        <source>Redis client use</source>
        <translation>Occupation des clients Redis</translation>
    </message>
    <message>
        <source>Connected clients / maxclients.</source>
        <translation>Clients connectés / maxclients.</translation>
    </message>
    <message>
        <source>Redis blocked clients</source>
        <translation>Clients Redis bloqués</translation>
    </message>
    <message>
        <source>Clients waiting in a blocking command (BLPOP, WAIT, …).</source>
        <translation>Clients en attente dans une commande bloquante (BLPOP, WAIT, …).</translation>
    </message>
    <message>
        <source>Redis mean latency</source>
        <translation>Latence moyenne Redis</translation>
    </message>
    <message>
        <source>Mean command time in the interval: Δusec / Δcalls over every command (commandstats), server-side.</source>
        <translation>Durée moyenne des commandes sur l&apos;intervalle : Δusec / Δcalls sur toutes les commandes (commandstats), côté serveur.</translation>
    </message>
    <message>
        <source>Redis p50</source>
        <translation>Redis p50</translation>
    </message>
    <message>
        <source>Median latency of the commands run in the interval, weighted by their calls (INFO latencystats: distribution since the last statistics reset).</source>
        <translation>Latence médiane des commandes exécutées sur l&apos;intervalle, pondérée par leur nombre d&apos;appels (INFO latencystats : distribution depuis la dernière réinitialisation des statistiques).</translation>
    </message>
    <message>
        <source>Redis p99</source>
        <translation>Redis p99</translation>
    </message>
    <message>
        <source>99th percentile latency of the slowest command run in the interval (INFO latencystats: distribution since the last statistics reset).</source>
        <translation>Latence au 99e centile de la commande la plus lente exécutée sur l&apos;intervalle (INFO latencystats : distribution depuis la dernière réinitialisation des statistiques).</translation>
    </message>
</context>
<context>
    <name>RedisServerChecks</name>
    <message>
        <source>maxmemory is not set: Redis uses %1 and may grow until the machine (%2) runs out.</source>
        <translation>maxmemory n&apos;est pas fixé : Redis utilise %1 et peut grossir jusqu&apos;à épuiser la machine (%2).</translation>
    </message>
    <message>
        <source>RAM unknown</source>
        <translation>RAM inconnue</translation>
    </message>
    <message>
        <source>Without a limit nothing is evicted: the kernel&apos;s OOM killer or swap ends it instead, for every client at once.</source>
        <translation>Sans limite, rien n&apos;est évincé : c&apos;est l&apos;OOM killer du noyau ou le swap qui y met fin, pour tous les clients à la fois.</translation>
    </message>
    <message>
        <source>Cap Redis at about 75 % of RAM (leave room for forks and the OS), with an eviction policy if it is a cache.</source>
        <translation>Plafonner Redis à environ 75 % de la RAM (en laissant de la place aux forks et au système), avec une politique d&apos;éviction si c&apos;est un cache.</translation>
    </message>
    <message>
        <source>Set maxmemory to about 75 % of RAM.</source>
        <translation>Fixez maxmemory à environ 75 % de la RAM.</translation>
    </message>
    <message>
        <source>At the limit every write fails with OOM: nothing is evicted.</source>
        <translation>À la limite, chaque écriture échoue avec OOM : rien n&apos;est évincé.</translation>
    </message>
    <message>
        <source>Raise maxmemory, delete data, or — if this is a cache — choose an eviction policy (allkeys-lru).</source>
        <translation>Augmentez maxmemory, supprimez des données ou — si c&apos;est un cache — choisissez une politique d&apos;éviction (allkeys-lru).</translation>
    </message>
    <message>
        <source>Redis evicted %L1 keys since it started (%2 policy); it uses %3 of %4.</source>
        <translation>Redis a évincé %L1 clés depuis son démarrage (politique %2) ; il utilise %3 sur %4.</translation>
    </message>
    <message>
        <source>Every evicted key that is read again is a miss that falls through to the database: the cache is smaller than its working set.</source>
        <translation>Chaque clé évincée qui est relue est un défaut qui retombe sur la base : le cache est plus petit que ses données actives.</translation>
    </message>
    <message>
        <source>Give the cache more memory (half as much again), or shorten the TTLs of what it holds.</source>
        <translation>Donner plus de mémoire au cache (moitié plus), ou raccourcir les TTL de ce qu&apos;il contient.</translation>
    </message>
    <message>
        <source>The machine has no room for a larger cache: shorten TTLs or cache less.</source>
        <translation>La machine n&apos;a pas de place pour un cache plus grand : raccourcissez les TTL ou mettez moins en cache.</translation>
    </message>
    <message>
        <source>Redis&apos; resident memory (%1) is less than what it holds (%2): part of it is swapped out.</source>
        <translation>La mémoire résidente de Redis (%1) est inférieure à ce qu&apos;il contient (%2) : une partie est dans le swap.</translation>
    </message>
    <message>
        <source>Redis holds %1 of data in %2 of memory: fragmentation ratio %3.</source>
        <translation>Redis contient %1 de données dans %2 de mémoire : taux de fragmentation %3.</translation>
    </message>
    <message>
        <source>A swapped-out Redis answers in milliseconds instead of microseconds.</source>
        <translation>Un Redis en partie dans le swap répond en millisecondes au lieu de microsecondes.</translation>
    </message>
    <message>
        <source>The difference is memory the machine cannot use, and it counts against the OOM killer.</source>
        <translation>La différence est de la mémoire que la machine ne peut pas utiliser, et elle compte pour l&apos;OOM killer.</translation>
    </message>
    <message>
        <source>Let Redis defragment in the background (jemalloc).</source>
        <translation>Laisser Redis défragmenter en arrière-plan (jemalloc).</translation>
    </message>
    <message>
        <source>Give the machine more RAM or lower maxmemory; disable swap for Redis.</source>
        <translation>Donnez plus de RAM à la machine ou baissez maxmemory ; désactivez le swap pour Redis.</translation>
    </message>
    <message>
        <source>A restart (or a failover to a replica) gives the memory back; MEMORY PURGE may return some of it.</source>
        <translation>Un redémarrage (ou une bascule vers un réplica) rend la mémoire ; MEMORY PURGE peut en rendre une partie.</translation>
    </message>
    <message>
        <source>The last background save (BGSAVE) failed.</source>
        <translation>La dernière sauvegarde en arrière-plan (BGSAVE) a échoué.</translation>
    </message>
    <message>
        <source>The last AOF rewrite failed.</source>
        <translation>La dernière réécriture de l&apos;AOF a échoué.</translation>
    </message>
    <message>
        <source>Redis refuses writes after a failed save when stop-writes-on-bgsave-error is on, and a restart loses what was not saved.</source>
        <translation>Redis refuse les écritures après une sauvegarde échouée quand stop-writes-on-bgsave-error est actif, et un redémarrage perd ce qui n&apos;a pas été sauvegardé.</translation>
    </message>
    <message>
        <source>Read Redis&apos; log for the cause (disk full, fork failed: vm.overcommit_memory).</source>
        <translation>Lisez le journal de Redis pour la cause (disque plein, fork échoué : vm.overcommit_memory).</translation>
    </message>
    <message>
        <source>an RDB snapshot</source>
        <translation>un instantané RDB</translation>
    </message>
    <message>
        <source>an AOF rewrite</source>
        <translation>une réécriture de l&apos;AOF</translation>
    </message>
    <message>
        <source>Redis answers nothing while it forks: every snapshot is a latency spike for all clients, longer as the data grows.</source>
        <translation>Redis ne répond à rien pendant qu&apos;il forke : chaque instantané est un pic de latence pour tous les clients, plus long à mesure que les données grossissent.</translation>
    </message>
    <message>
        <source>This Redis evicts keys: it is a cache, and a cache rarely needs snapshots. Turn RDB snapshots off (or take them on a replica).</source>
        <translation>Ce Redis évince des clés : c&apos;est un cache, et un cache a rarement besoin d&apos;instantanés. Désactiver les instantanés RDB (ou les prendre sur un réplica).</translation>
    </message>
    <message>
        <source>Persist on a replica instead of the primary, snapshot less often, or keep less data in this instance (fork time grows with memory).</source>
        <translation>Persistez sur un réplica plutôt que sur le primaire, prenez moins d&apos;instantanés, ou gardez moins de données dans cette instance (le temps de fork croît avec la mémoire).</translation>
    </message>
    <message>
        <source>%L1 clients are connected; maxclients is %L2.</source>
        <translation>%L1 clients sont connectés ; maxclients vaut %L2.</translation>
    </message>
    <message>
        <source>Past maxclients new connections are refused (&quot;max number of clients reached&quot;).</source>
        <translation>Au-delà de maxclients, les nouvelles connexions sont refusées (« max number of clients reached »).</translation>
    </message>
    <message>
        <source>Allow more clients (the open-files limit of the Redis process must allow them too), and check that the application pools its connections.</source>
        <translation>Permettre plus de clients (la limite de fichiers ouverts du processus Redis doit le permettre aussi), et vérifier que l&apos;application mutualise ses connexions.</translation>
    </message>
    <message>
        <source>The slow log could not be read: %1</source>
        <translation>Le journal des requêtes lentes n&apos;a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) in the last hour took longer than slowlog-log-slower-than; the slowest: %1</source>
        <translation>
            <numerusform>%n commande de la dernière heure a dépassé slowlog-log-slower-than ; la plus lente : %1</numerusform>
            <numerusform>%n commandes de la dernière heure ont dépassé slowlog-log-slower-than ; la plus lente : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Redis runs one command at a time: while a slow one runs, every other client waits.</source>
        <translation>Redis exécute une commande à la fois : pendant qu&apos;une commande lente tourne, tous les autres clients attendent.</translation>
    </message>
    <message>
        <source>Replace O(N) commands on large values (KEYS, SMEMBERS, HGETALL, LRANGE 0 -1, DEL of a big key) with SCAN-style iteration or UNLINK; the Slow queries page lists every entry.</source>
        <translation>Remplacez les commandes en O(N) sur de grandes valeurs (KEYS, SMEMBERS, HGETALL, LRANGE 0 -1, DEL d&apos;une grosse clé) par une itération façon SCAN ou par UNLINK ; la page Requêtes lentes liste chaque entrée.</translation>
    </message>
    <message>
        <source>Redis uses %1 of its %2 maxmemory (%3) and its policy is noeviction.</source>
        <translation>Redis utilise %1 de ses %2 de maxmemory (%3) et sa politique est noeviction.</translation>
    </message>
    <message>
        <source>The last fork for %1 stopped Redis for %2 (with %3 of data).</source>
        <translation>Le dernier fork pour %1 a arrêté Redis pendant %2 (avec %3 de données).</translation>
    </message>
</context>
<context>
    <name>RedisSlowLogEntry</name>
    <message>
        <source> (%1 bytes)</source>
        <translation> (%1 octets)</translation>
    </message>
    <message>
        <source>%1 took %2</source>
        <translation>%1 a duré %2</translation>
    </message>
</context>
<context>
    <name>ReplayCapture</name>
    <message>
        <source>pg_stat_statements cannot be read in this database (%1): the replay needs the extension (shared_preload_libraries and CREATE EXTENSION pg_stat_statements).</source>
        <translation>Impossible de lire pg_stat_statements dans cette base (%1) : le rejeu nécessite l&apos;extension (shared_preload_libraries et CREATE EXTENSION pg_stat_statements).</translation>
    </message>
    <message>
        <source>Capture canceled.</source>
        <translation>Capture annulée.</translation>
    </message>
    <message>
        <source>cannot tell which column $%1 compares to</source>
        <translation>impossible de savoir à quelle colonne $%1 est comparé</translation>
    </message>
    <message>
        <source>no table in the statement has a column %1</source>
        <translation>aucune table de la requête n&apos;a de colonne %1</translation>
    </message>
    <message>
        <source>%1 has no values to sample</source>
        <translation>%1 n&apos;a aucune valeur à échantillonner</translation>
    </message>
    <message>
        <source>%1 (sampled)</source>
        <translation>%1 (échantillonné)</translation>
    </message>
    <message>
        <source>Not replayed: %1 — %2</source>
        <translation>Non rejouée : %1 — %2</translation>
    </message>
    <message>
        <source>pg_stat_statements holds no statement Sonde can replay in this database%1: run the application (or the demo) for a while first.</source>
        <translation>pg_stat_statements ne contient aucune requête que Sonde puisse rejouer dans cette base%1 : faites d&apos;abord tourner l&apos;application (ou la démo) un moment.</translation>
    </message>
    <message>
        <source> during the %1 s window</source>
        <translation> pendant la fenêtre de %1 s</translation>
    </message>
</context>
<context>
    <name>ReplayCommand</name>
    <message numerus="yes">
        <source>Recording (format %1, Sonde %2) from %3 to %4, %n target(s):</source>
        <translation>
            <numerusform>Enregistrement (format %1, Sonde %2) de %3 à %4, %n cible :</numerusform>
            <numerusform>Enregistrement (format %1, Sonde %2) de %3 à %4, %n cibles :</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1  %2  %3  %4 snapshots</source>
        <translation>  %1  %2  %3  %4 relevés</translation>
    </message>
    <message>
        <source>; statement texts left out</source>
        <translation> ; textes des requêtes omis</translation>
    </message>
    <message>
        <source>Note at %1: %2</source>
        <translation>Note à %1 : %2</translation>
    </message>
    <message>
        <source>Give exactly one recording file.</source>
        <translation>Indiquez exactement un fichier d’enregistrement.</translation>
    </message>
    <message>
        <source>show what a .sonde recording holds</source>
        <translation>montrer ce que contient un enregistrement .sonde</translation>
    </message>
    <message>
        <source>%1 statement readings, %2 session readings, %3 slow-log readings, %4 plans, %5 events%6.</source>
        <translation>%1 lectures de requêtes, %2 lectures de sessions, %3 lectures du slow log, %4 plans, %5 événements%6.</translation>
    </message>
    <message>
        <source>--from and --to take a time (&quot;19:40&quot;, &quot;2026-12-05T19:40:00Z&quot;), the second after the first.</source>
        <translation>--from et --to prennent une heure (« 19:40 », « 2026-12-05T19:40:00Z »), la seconde après la première.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
</context>
<context>
    <name>ReplicationChecks</name>
    <message>
        <source>slot %1</source>
        <translation>slot %1</translation>
    </message>
    <message>
        <source>Replication slot %1 keeps %2 of WAL (wal_status %3).</source>
        <translation>Le slot de réplication %1 garde %2 de WAL (wal_status %3).</translation>
    </message>
    <message>
        <source>Replication slot %1 is inactive (no consumer connected) and keeps %2 of WAL (wal_status %3).</source>
        <translation>Le slot de réplication %1 est inactif (aucun consommateur connecté) et garde %2 de WAL (wal_status %3).</translation>
    </message>
    <message>
        <source>A slot keeps every WAL segment its consumer has not confirmed, and for a logical slot the catalog rows too: unchecked, pg_wal fills the disk and the server stops.</source>
        <translation>Un slot garde chaque segment de WAL que son consommateur n&apos;a pas confirmé, et pour un slot logique les lignes du catalogue aussi : sans surveillance, pg_wal remplit le disque et le serveur s&apos;arrête.</translation>
    </message>
    <message>
        <source>Find out why the consumer falls behind; drop the slot only if the consumer is gone for good. max_slot_wal_keep_size caps what a slot may keep.</source>
        <translation>Cherchez pourquoi le consommateur prend du retard ; ne supprimez le slot que si le consommateur est parti pour de bon. max_slot_wal_keep_size plafonne ce qu&apos;un slot peut garder.</translation>
    </message>
    <message>
        <source>If the standby or subscriber of this slot is gone, drop the slot; if it is coming back, bring it back soon.</source>
        <translation>Si le standby ou l&apos;abonné de ce slot a disparu, supprimez le slot ; s&apos;il revient, faites-le revenir vite.</translation>
    </message>
    <message>
        <source>The consumer of a dropped slot can no longer resume: a standby must be rebuilt, a logical subscriber re-synchronised.</source>
        <translation>Le consommateur d&apos;un slot supprimé ne peut plus reprendre : un standby doit être reconstruit, un abonné logique resynchronisé.</translation>
    </message>
    <message>
        <source>this standby</source>
        <translation>ce standby</translation>
    </message>
    <message>
        <source>Reads from a lagging standby return old data, and a failover to it loses or waits for what it has not replayed.</source>
        <translation>Les lectures sur un standby en retard renvoient des données anciennes, et une bascule vers lui perd ou attend ce qu&apos;il n&apos;a pas rejoué.</translation>
    </message>
    <message>
        <source>Look for replay conflicts (pg_stat_database_conflicts), I/O on the standby, and long queries there (max_standby_streaming_delay).</source>
        <translation>Cherchez les conflits de rejeu (pg_stat_database_conflicts), les E/S du standby et les longues requêtes qui y tournent (max_standby_streaming_delay).</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>standby %1</source>
        <translation>standby %1</translation>
    </message>
    <message>
        <source>Standby %1 is %2 of WAL behind (%3 s) in state %4.</source>
        <translation>Le standby %1 a %2 de WAL de retard (%3 s) dans l&apos;état %4.</translation>
    </message>
    <message>
        <source>Reads from a lagging standby return old data; a failover to it loses or waits for what it has not received, and the primary keeps the WAL it still needs.</source>
        <translation>Les lectures sur un standby en retard renvoient des données anciennes ; une bascule vers lui perd ou attend ce qu&apos;il n&apos;a pas reçu, et le primaire garde le WAL dont il a encore besoin.</translation>
    </message>
    <message>
        <source>The primary has not even sent the WAL yet: look at the network between them and at the WAL sender (pg_stat_replication).</source>
        <translation>Le primaire n&apos;a même pas encore envoyé le WAL : regardez le réseau entre les deux et l&apos;émetteur de WAL (pg_stat_replication).</translation>
    </message>
    <message>
        <source>The standby receives but does not keep up: look at its disk I/O, replay conflicts and long queries on it.</source>
        <translation>Le standby reçoit mais ne suit pas : regardez ses E/S disque, les conflits de rejeu et les longues requêtes qui y tournent.</translation>
    </message>
    <message>
        <source>This standby replays transactions %1 behind the primary.</source>
        <translation>Ce standby rejoue les transactions avec %1 de retard sur le primaire.</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>Le PDF %1 n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>SampleCommand</name>
    <message>
        <source>Give exactly one URI.</source>
        <translation>Indiquez exactement une URI.</translation>
    </message>
    <message>
        <source>--interval must be between 0.25 and 3600 seconds.</source>
        <translation>--interval doit être compris entre 0.25 et 3600 secondes.</translation>
    </message>
    <message>
        <source>--count must be a positive number.</source>
        <translation>--count doit être un nombre positif.</translation>
    </message>
    <message>
        <source>--kind must be postgresql, pgbouncer or redis.</source>
        <translation>--kind doit valoir postgresql, pgbouncer ou redis.</translation>
    </message>
    <message>
        <source>Sampling %1 (%2) every %3 s.</source>
        <translation>Échantillonnage de %1 (%2) toutes les %3 s.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>print a server&apos;s per-interval metrics (latency, rates, hit rates)</source>
        <translation>afficher les métriques d&apos;un serveur par intervalle (latence, taux, taux de succès)</translation>
    </message>
</context>
<context>
    <name>Sampler</name>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 n&apos;a pas répondu en %2 s.</translation>
    </message>
    <message>
        <source>Sample missed: %1 Sonde opens a new connection.</source>
        <translation>Échantillon manqué : %1 Sonde ouvre une nouvelle connexion.</translation>
    </message>
</context>
<context>
    <name>SamplerStatus</name>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>sampling</source>
        <translation>échantillonnage</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnexion</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>sampling every %1 s</source>
        <translation>échantillonnage toutes les %1 s</translation>
    </message>
    <message>
        <source>reconnecting in %1 s</source>
        <translation>reconnexion dans %1 s</translation>
    </message>
    <message>
        <source>reconnecting now</source>
        <translation>reconnexion en cours</translation>
    </message>
    <message>
        <source>%1 — last error: %2</source>
        <translation>%1 — dernière erreur : %2</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>Sonde runs as root, but the servers must run as an unprivileged user and none was found (tried %1): create one or run Sonde as a normal user.</source>
        <translation>Sonde tourne en root, mais les serveurs doivent tourner sous un utilisateur non privilégié et aucun n&apos;a été trouvé (essayés : %1) : créez-en un ou lancez Sonde en tant qu&apos;utilisateur normal.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>Cannot give %1 to user %2.</source>
        <translation>Impossible de donner la propriété de %1 à l&apos;utilisateur %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The sandbox directory %1 does not exist and cannot be created: set SONDE_SANDBOX_DIR (or --dir) to a writable directory.</source>
        <translation>Le répertoire du bac à sable %1 n&apos;existe pas et ne peut pas être créé : définissez SONDE_SANDBOX_DIR (ou --dir) sur un répertoire accessible en écriture.</translation>
    </message>
    <message>
        <source>The sandbox directory %1 is not writable: set SONDE_SANDBOX_DIR (or --dir) to a writable directory.</source>
        <translation>Le répertoire du bac à sable %1 n&apos;est pas accessible en écriture : définissez SONDE_SANDBOX_DIR (ou --dir) sur un répertoire accessible en écriture.</translation>
    </message>
    <message>
        <source>The servers run as user %1, who cannot reach %2: choose a directory every user can traverse (for example /tmp) with SONDE_SANDBOX_DIR or --dir.</source>
        <translation>Les serveurs tournent sous l&apos;utilisateur %1, qui ne peut pas accéder à %2 : choisissez avec SONDE_SANDBOX_DIR ou --dir un répertoire que tout utilisateur peut traverser (par exemple /tmp).</translation>
    </message>
    <message>
        <source>Cannot create a directory in %1: %2</source>
        <translation>Impossible de créer un répertoire dans %1 : %2</translation>
    </message>
    <message>
        <source>Start of the sandbox canceled.</source>
        <translation>Démarrage du bac à sable annulé.</translation>
    </message>
    <message>
        <source>Looking for server programs</source>
        <translation>Recherche des programmes serveur</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is already in use by another program: choose another port or leave it at 0 to pick a free one.</source>
        <translation>Le port %1 sur 127.0.0.1 est déjà utilisé par un autre programme : choisissez un autre port, ou laissez 0 pour en prendre un libre.</translation>
    </message>
    <message>
        <source>Preparing %1</source>
        <translation>Préparation de %1</translation>
    </message>
    <message>
        <source>Creating roles, the demo database and extensions</source>
        <translation>Création des rôles, de la base de démo et des extensions</translation>
    </message>
    <message>
        <source>Starting PgBouncer</source>
        <translation>Démarrage de PgBouncer</translation>
    </message>
    <message>
        <source>Starting Redis</source>
        <translation>Démarrage de Redis</translation>
    </message>
    <message>
        <source>Servers ready</source>
        <translation>Serveurs prêts</translation>
    </message>
    <message>
        <source>Creating a PostgreSQL %1 cluster (initdb)</source>
        <translation>Création d&apos;une instance PostgreSQL %1 (initdb)</translation>
    </message>
    <message>
        <source>Starting PostgreSQL on port %1</source>
        <translation>Démarrage de PostgreSQL sur le port %1</translation>
    </message>
    <message>
        <source>Setting up roles and extensions failed: %1</source>
        <translation>La configuration des rôles et des extensions a échoué : %1</translation>
    </message>
    <message>
        <source>The demo sandbox needs %1, which is not installed: run scripts/install-deps (Debian package %2), or point %3 at it.</source>
        <translation>Le bac à sable de démo nécessite %1, qui n&apos;est pas installé : exécutez scripts/install-deps (paquet Debian %2), ou indiquez son emplacement dans %3.</translation>
    </message>
    <message>
        <source>could not stop process %1 of %2</source>
        <translation>impossible d&apos;arrêter le processus %1 de %2</translation>
    </message>
    <message>
        <source>could not remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>cleaned up %1 left by a previous run</source>
        <translation>nettoyage de %1, laissé par une exécution précédente</translation>
    </message>
    <message>
        <source>Starting Prometheus and its exporters</source>
        <translation>Démarrage de Prometheus et de ses exporteurs</translation>
    </message>
</context>
<context>
    <name>ScriptExpression</name>
    <message>
        <source>bigint add out of range</source>
        <translation>addition bigint hors limites</translation>
    </message>
    <message>
        <source>bigint sub out of range</source>
        <translation>soustraction bigint hors limites</translation>
    </message>
    <message>
        <source>bigint mul out of range</source>
        <translation>multiplication bigint hors limites</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>division par zéro</translation>
    </message>
    <message>
        <source>bigint div out of range</source>
        <translation>division bigint hors limites</translation>
    </message>
    <message>
        <source>empty range given to random</source>
        <translation>intervalle vide donné à random</translation>
    </message>
    <message>
        <source>random range is too large</source>
        <translation>l’intervalle de random est trop grand</translation>
    </message>
    <message>
        <source>gaussian parameter must be at least 2.0 (not %1)</source>
        <translation>le paramètre gaussien doit valoir au moins 2.0 (et non %1)</translation>
    </message>
    <message>
        <source>zipfian parameter must be in range [1.001, 1000] (not %1)</source>
        <translation>le paramètre zipfien doit être dans [1.001, 1000] (et non %1)</translation>
    </message>
    <message>
        <source>exponential parameter must be greater than zero (not %1)</source>
        <translation>le paramètre exponentiel doit être supérieur à zéro (et non %1)</translation>
    </message>
    <message>
        <source>permute size parameter must be greater than zero</source>
        <translation>la taille donnée à permute doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>internal error: unknown operator</source>
        <translation>erreur interne : opérateur inconnu</translation>
    </message>
    <message>
        <source>too many function arguments, maximum is %1</source>
        <translation>trop d’arguments de fonction, %1 au plus</translation>
    </message>
</context>
<context>
    <name>ScriptExpressionParser</name>
    <message>
        <source>double constant overflow (%1)</source>
        <translation>dépassement de constante double (%1)</translation>
    </message>
    <message>
        <source>bigint constant overflow (%1)</source>
        <translation>dépassement de constante bigint (%1)</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation>caractère inattendu « %1 »</translation>
    </message>
    <message>
        <source>syntax error: the expression ends too early</source>
        <translation>erreur de syntaxe : l’expression se termine trop tôt</translation>
    </message>
    <message>
        <source>syntax error at &quot;%1&quot;</source>
        <translation>erreur de syntaxe à « %1 »</translation>
    </message>
    <message>
        <source>unexpected function name (%1)</source>
        <translation>nom de fonction inattendu (%1)</translation>
    </message>
    <message>
        <source>at least one argument expected (%1)</source>
        <translation>au moins un argument attendu (%1)</translation>
    </message>
    <message>
        <source>unexpected number of arguments (%1)</source>
        <translation>nombre d’arguments inattendu (%1)</translation>
    </message>
</context>
<context>
    <name>ScriptInterpreter</name>
    <message>
        <source>%1, line %2 (%3): %4</source>
        <translation>%1, ligne %2 (%3) : %4</translation>
    </message>
    <message>
        <source>undefined variable &quot;%1&quot;</source>
        <translation>variable non définie « %1 »</translation>
    </message>
    <message>
        <source>invalid sleep time &quot;%1&quot; for variable &quot;%2&quot;</source>
        <translation>durée de pause invalide « %1 » pour la variable « %2 »</translation>
    </message>
    <message>
        <source>undefined variable &quot;:%1&quot;</source>
        <translation>variable non définie « :%1 »</translation>
    </message>
    <message>
        <source>shell command must return an integer (not &quot;%1&quot;)</source>
        <translation>la commande shell doit renvoyer un entier (et non « %1 »)</translation>
    </message>
    <message>
        <source>error storing into variable %1: invalid variable name</source>
        <translation>erreur d’enregistrement dans la variable %1 : nom de variable invalide</translation>
    </message>
</context>
<context>
    <name>ScriptValue</name>
    <message>
        <source>cannot coerce %1 to boolean</source>
        <translation>impossible de convertir %1 en booléen</translation>
    </message>
    <message>
        <source>double to int overflow for %1</source>
        <translation>dépassement de double vers int pour %1</translation>
    </message>
    <message>
        <source>cannot coerce %1 to int</source>
        <translation>impossible de convertir %1 en int</translation>
    </message>
    <message>
        <source>cannot coerce %1 to double</source>
        <translation>impossible de convertir %1 en double</translation>
    </message>
</context>
<context>
    <name>SequenceChecks</name>
    <message numerus="yes">
        <source>%n sequence(s) could not be read by role %1 and were not checked: GRANT SELECT ON ALL SEQUENCES IN SCHEMA … TO %1 (or USAGE).</source>
        <translation>
            <numerusform>%n séquence n&apos;a pas pu être lue par le rôle %1 et n&apos;a pas été contrôlée : GRANT SELECT ON ALL SEQUENCES IN SCHEMA … TO %1 (ou USAGE).</numerusform>
            <numerusform>%n séquences n&apos;ont pas pu être lues par le rôle %1 et n&apos;ont pas été contrôlées : GRANT SELECT ON ALL SEQUENCES IN SCHEMA … TO %1 (ou USAGE).</numerusform>
        </translation>
    </message>
    <message>
        <source> It feeds %1.%2 (%3).</source>
        <translation> Elle alimente %1.%2 (%3).</translation>
    </message>
    <message>
        <source>When it reaches the limit every INSERT that needs a new value fails with &quot;reached maximum value of sequence&quot; or &quot;integer out of range&quot;.</source>
        <translation>Quand elle atteint la limite, chaque INSERT qui a besoin d&apos;une nouvelle valeur échoue avec « reached maximum value of sequence » ou « integer out of range ».</translation>
    </message>
    <message>
        <source>Make the column and its sequence bigint.</source>
        <translation>Passer la colonne et sa séquence en bigint.</translation>
    </message>
    <message>
        <source>ALTER COLUMN … TYPE bigint rewrites the table and its indexes under an ACCESS EXCLUSIVE lock: no reads or writes until it ends. On a big table, plan it (a new column filled in batches, then swapped).</source>
        <translation>ALTER COLUMN … TYPE bigint réécrit la table et ses index sous un verrou ACCESS EXCLUSIVE : ni lecture ni écriture jusqu&apos;à la fin. Sur une grosse table, préparez-le (une nouvelle colonne remplie par lots, puis échangée).</translation>
    </message>
    <message>
        <source>Give the sequence bigint&apos;s whole range.</source>
        <translation>Donner à la séquence toute la plage de bigint.</translation>
    </message>
    <message>
        <source>The sequence already spans bigint&apos;s range: plan for the values to start over (CYCLE) or for a new key.</source>
        <translation>La séquence couvre déjà toute la plage de bigint : prévoyez que les valeurs recommencent (CYCLE) ou une nouvelle clé.</translation>
    </message>
    <message>
        <source>Sequence %1 has used %2 of its range: last value %L3 of %L4 (%L5 values left).%6</source>
        <translation>La séquence %1 a utilisé %2 de sa plage : dernière valeur %L3 sur %L4 (%L5 valeurs restantes).%6</translation>
    </message>
</context>
<context>
    <name>SessionChecks</name>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>%1@%2 from %3%4</source>
        <translation>%1@%2 depuis %3%4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Session %1 (%2) has been idle in a transaction for %3; its last statement: %4</source>
        <translation>La session %1 (%2) est inactive dans une transaction depuis %3 ; sa dernière requête : %4</translation>
    </message>
    <message>
        <source>An idle transaction holds its locks (writers queue behind them) and its snapshot keeps VACUUM from removing dead rows anywhere in the database.</source>
        <translation>Une transaction inactive garde ses verrous (les écritures attendent derrière) et son instantané empêche VACUUM de supprimer les lignes mortes dans toute la base.</translation>
    </message>
    <message>
        <source>Session %1 (%2) has had a transaction open for %3 (%4): %5</source>
        <translation>La session %1 (%2) a une transaction ouverte depuis %3 (%4) : %5</translation>
    </message>
    <message>
        <source>A long transaction keeps VACUUM from removing dead rows newer than its snapshot and may hold locks others wait for.</source>
        <translation>Une longue transaction empêche VACUUM de supprimer les lignes mortes plus récentes que son instantané et peut tenir des verrous que d&apos;autres attendent.</translation>
    </message>
    <message>
        <source>End the session (its transaction rolls back), then find out why the application leaves transactions open; idle_in_transaction_session_timeout ends such sessions automatically.</source>
        <translation>Terminer la session (sa transaction est annulée), puis chercher pourquoi l&apos;application laisse des transactions ouvertes ; idle_in_transaction_session_timeout termine automatiquement ces sessions.</translation>
    </message>
    <message>
        <source>End the session if the transaction is not expected to run this long (its work rolls back).</source>
        <translation>Terminer la session si la transaction n&apos;est pas censée durer aussi longtemps (son travail est annulé).</translation>
    </message>
    <message>
        <source>The transaction&apos;s uncommitted work is lost; the application sees its connection closed.</source>
        <translation>Le travail non validé de la transaction est perdu ; l&apos;application voit sa connexion fermée.</translation>
    </message>
    <message>
        <source>prepared transaction %1</source>
        <translation>transaction préparée %1</translation>
    </message>
    <message>
        <source>Prepared transaction %1 (owner %2, database %3) has waited %4 for its COMMIT PREPARED or ROLLBACK PREPARED.</source>
        <translation>La transaction préparée %1 (propriétaire %2, base %3) attend depuis %4 son COMMIT PREPARED ou son ROLLBACK PREPARED.</translation>
    </message>
    <message>
        <source>A prepared transaction survives restarts, keeps its locks and holds back VACUUM and transaction-ID freezing until someone ends it.</source>
        <translation>Une transaction préparée survit aux redémarrages, garde ses verrous et retient VACUUM et le gel des identifiants de transaction jusqu&apos;à ce que quelqu&apos;un la termine.</translation>
    </message>
    <message>
        <source>If the transaction manager that prepared it is gone, roll it back (or COMMIT PREPARED if its work must be kept). Run it in database %1.</source>
        <translation>Si le gestionnaire de transactions qui l&apos;a préparée a disparu, annulez-la (ou COMMIT PREPARED si son travail doit être gardé). À exécuter dans la base %1.</translation>
    </message>
    <message>
        <source>The prepared work is lost for good.</source>
        <translation>Le travail préparé est perdu pour de bon.</translation>
    </message>
</context>
<context>
    <name>SessionsAccess</name>
    <message>
        <source>Role %1 cannot see the sessions of other roles (their query, state and timings are hidden): GRANT pg_read_all_stats TO %1; (or GRANT pg_monitor).</source>
        <translation>Le rôle %1 ne voit pas les sessions des autres rôles (requête, état et durées masqués) : GRANT pg_read_all_stats TO %1; (ou GRANT pg_monitor).</translation>
    </message>
    <message>
        <source>cancel the query of session %1</source>
        <translation>annuler la requête de la session %1</translation>
    </message>
    <message>
        <source>terminate session %1</source>
        <translation>terminer la session %1</translation>
    </message>
    <message>
        <source>The target is read-only: Sonde does not %1.</source>
        <translation>La cible est en lecture seule : Sonde ne va pas %1.</translation>
    </message>
    <message>
        <source>Role %1 may not %2: GRANT pg_signal_backend TO %1; (sessions of superusers can only be signalled by a superuser).</source>
        <translation>Le rôle %1 ne peut pas %2 : GRANT pg_signal_backend TO %1; (seul un superutilisateur peut envoyer un signal aux sessions d&apos;un superutilisateur).</translation>
    </message>
    <message>
        <source>Could not %1: it has ended already.</source>
        <translation>Sonde n&apos;a pas pu %1 : la session est déjà terminée.</translation>
    </message>
</context>
<context>
    <name>ShellCommand</name>
    <message>
        <source>could not launch shell command: %1</source>
        <translation>impossible de lancer la commande shell : %1</translation>
    </message>
    <message>
        <source>the shell command &quot;%1&quot; failed (exit status %2)</source>
        <translation>la commande shell « %1 » a échoué (code de sortie %2)</translation>
    </message>
    <message>
        <source>could not read result of shell command &quot;%1&quot;: it printed nothing</source>
        <translation>impossible de lire le résultat de la commande shell « %1 » : elle n’a rien affiché</translation>
    </message>
</context>
<context>
    <name>SlowCommand</name>
    <message>
        <source>Window: %1 → %2 (%3 s), %4 calls, %5 in all%6</source>
        <translation>Fenêtre : %1 → %2 (%3 s), %4 appels, %5 au total%6</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Rows/call</source>
        <translation>Lignes/appel</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Give the server&apos;s connection URI.</source>
        <translation>Indiquez l&apos;URI de connexion du serveur.</translation>
    </message>
    <message>
        <source>--window, --interval, --limit and --threshold take positive numbers.</source>
        <translation>--window, --interval, --limit et --threshold attendent des nombres positifs.</translation>
    </message>
    <message>
        <source>sampled %1 statements (%2 of %3 s)</source>
        <translation>%1 requêtes échantillonnées (%2 sur %3 s)</translation>
    </message>
    <message>
        <source>Ending the window now…</source>
        <translation>Clôture de la fenêtre…</translation>
    </message>
    <message>
        <source>rank statements by time over a window (pg_stat_statements)</source>
        <translation>classer les requêtes par temps sur une fenêtre (pg_stat_statements)</translation>
    </message>
    <message>
        <source>Query id</source>
        <translation>Id de requête</translation>
    </message>
</context>
<context>
    <name>SnapshotSummary</name>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n actives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle</source>
        <translation>
            <numerusform>%n inactive</numerusform>
            <numerusform>%n inactives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle in transaction</source>
        <translation>
            <numerusform>%n inactive en transaction</numerusform>
            <numerusform>%n inactives en transaction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting on locks</source>
        <translation>
            <numerusform>%n en attente de verrou</numerusform>
            <numerusform>%n en attente de verrou</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 connections</source>
        <translation>%1 connexions sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deadlock(s)</source>
        <translation>
            <numerusform>%n interblocage</numerusform>
            <numerusform>%n interblocages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temp file(s)</source>
        <translation>
            <numerusform>%n fichier temporaire</numerusform>
            <numerusform>%n fichiers temporaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n pool</numerusform>
            <numerusform>%n pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) active</source>
        <translation>
            <numerusform>%n client actif</numerusform>
            <numerusform>%n clients actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>memory %1 of %2</source>
        <translation>mémoire %1 sur %2</translation>
    </message>
    <message>
        <source>memory %1 (no maxmemory)</source>
        <translation>mémoire %1 (sans maxmemory)</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloqué</numerusform>
            <numerusform>%n bloqués</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>%1 clés</translation>
    </message>
    <message>
        <source>evicting %1 keys/s</source>
        <translation>éviction de %1 clés/s</translation>
    </message>
    <message>
        <source>longest wait %1</source>
        <translation>attente la plus longue %1</translation>
    </message>
    <message>
        <source>longest statement %1 (pid %2)</source>
        <translation>requête la plus longue %1 (pid %2)</translation>
    </message>
</context>
<context>
    <name>StatementWindow</name>
    <message>
        <source>Totals since pg_stat_statements was last reset (the server does not say when before PostgreSQL 14).</source>
        <translation>Totaux depuis la dernière réinitialisation de pg_stat_statements (avant PostgreSQL 14, le serveur n&apos;en indique pas la date).</translation>
    </message>
    <message>
        <source>Waiting for a second sample: rankings come from the difference between two reads of pg_stat_statements.</source>
        <translation>En attente d&apos;un second échantillon : le classement est calculé à partir de la différence entre deux lectures de pg_stat_statements.</translation>
    </message>
    <message>
        <source>Sonde has sampled for %1 s only: the ranking covers that time.</source>
        <translation>Sonde n&apos;échantillonne que depuis %1 s : le classement couvre seulement cette durée.</translation>
    </message>
    <message>
        <source>No two readings of pg_stat_statements in this range (they were taken every 10 s): widen the window.</source>
        <translation>Pas deux lectures de pg_stat_statements dans cette plage (elles étaient faites toutes les 10 s) : élargissez la fenêtre.</translation>
    </message>
    <message>
        <source>The readings of pg_stat_statements start at %1: the ranking covers the window from then.</source>
        <translation>Les lectures de pg_stat_statements commencent à %1 : le classement couvre la fenêtre à partir de là.</translation>
    </message>
</context>
<context>
    <name>StatementsAccess</name>
    <message>
        <source>Role %1 cannot see the statements of other roles (their text reads &quot;&lt;insufficient privilege&gt;&quot;): GRANT pg_read_all_stats TO %1; (or GRANT pg_monitor).</source>
        <translation>Le rôle %1 ne voit pas les requêtes des autres rôles (leur texte apparaît comme &quot;&lt;insufficient privilege&gt;&quot;) : GRANT pg_read_all_stats TO %1; (ou GRANT pg_monitor).</translation>
    </message>
    <message>
        <source>pg_stat_statements is not installed in %1: as a superuser run CREATE EXTENSION pg_stat_statements; in that database (the server must also load it: shared_preload_libraries = &apos;pg_stat_statements&apos;).</source>
        <translation>pg_stat_statements n&apos;est pas installé dans %1 : en tant que superutilisateur, exécutez CREATE EXTENSION pg_stat_statements; dans cette base (le serveur doit aussi le charger : shared_preload_libraries = &apos;pg_stat_statements&apos;).</translation>
    </message>
    <message>
        <source>pg_stat_statements is installed but the server does not load it: add pg_stat_statements to shared_preload_libraries in postgresql.conf and restart the server.</source>
        <translation>pg_stat_statements est installé mais le serveur ne le charge pas : ajoutez pg_stat_statements à shared_preload_libraries dans postgresql.conf et redémarrez le serveur.</translation>
    </message>
    <message>
        <source>The role connected to %1 may not read pg_stat_statements: GRANT pg_monitor TO &lt;role&gt;; (or GRANT EXECUTE ON FUNCTION pg_stat_statements TO &lt;role&gt;).</source>
        <translation>Le rôle connecté à %1 n&apos;a pas le droit de lire pg_stat_statements : GRANT pg_monitor TO &lt;role&gt;; (ou GRANT EXECUTE ON FUNCTION pg_stat_statements TO &lt;role&gt;).</translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>PgBouncer</source>
        <translation>PgBouncer</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
</context>
<context>
    <name>TargetArgument</name>
    <message>
        <source>No keychain (%1): profile &quot;%2&quot; is used without a saved password (libpq&apos;s PGPASSWORD and ~/.pgpass still apply).</source>
        <translation>Pas de trousseau (%1) : le profil « %2 » est utilisé sans mot de passe enregistré (PGPASSWORD et ~/.pgpass de libpq s&apos;appliquent toujours).</translation>
    </message>
    <message>
        <source>The Redis URI %1 is not valid: %2</source>
        <translation>L&apos;URI Redis %1 n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>La chaîne de connexion n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>The target is empty: give a connection URI (postgresql://host/db, redis://host), key=value conninfo or the name of a saved profile. (An empty conninfo would quietly mean localhost:5432.)</source>
        <translation>La cible est vide : donnez une URI de connexion (postgresql://hôte/base, redis://hôte), une chaîne clé=valeur ou le nom d&apos;un profil enregistré. (Une chaîne vide voudrait dire localhost:5432 sans le dire.)</translation>
    </message>
    <message>
        <source>%1 is neither a connection URI (postgresql://host/db, key=value conninfo, redis://host) nor the name of a saved connection profile.</source>
        <translation>%1 n&apos;est ni une URI de connexion (postgresql://hôte/base, chaîne clé=valeur, redis://hôte) ni le nom d&apos;un profil de connexion enregistré.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; cannot be used: %2</source>
        <translation>Le profil « %1 » ne peut pas être utilisé : %2</translation>
    </message>
</context>
<context>
    <name>TargetMonitor</name>
    <message>
        <source>%1: connection lost: %2</source>
        <translation>%1 : connexion perdue : %2</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1 : connexion impossible : %2</translation>
    </message>
    <message>
        <source>%1: connected again</source>
        <translation>%1 : reconnecté</translation>
    </message>
</context>
<context>
    <name>ThresholdSet</name>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
</context>
<context>
    <name>ThrowAwayCa</name>
    <message>
        <source>openssl %1 failed: %2</source>
        <translation>openssl %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>TimelineEvent</name>
    <message>
        <source>Threshold crossed</source>
        <translation>Seuil franchi</translation>
    </message>
    <message>
        <source>Back to normal</source>
        <translation>Retour à la normale</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>Évictions</translation>
    </message>
    <message>
        <source>Latency event</source>
        <translation>Événement de latence</translation>
    </message>
    <message>
        <source>Slow log entry</source>
        <translation>Entrée du journal des commandes lentes</translation>
    </message>
    <message>
        <source>Statistics reset</source>
        <translation>Réinitialisation des statistiques</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <source>Reconnected</source>
        <translation>Reconnecté</translation>
    </message>
    <message>
        <source>Deadlock</source>
        <translation>Interblocage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Contrôle de santé</translation>
    </message>
    <message>
        <source>Prometheus alert</source>
        <translation>Alerte Prometheus</translation>
    </message>
</context>
<context>
    <name>UnhelpedReasons</name>
    <message>
        <source>Not parseable: %1</source>
        <translation>Analyse impossible : %1</translation>
    </message>
    <message>
        <source>Not a query: a utility statement has no plan to improve.</source>
        <translation>Pas une requête : une instruction utilitaire n&apos;a pas de plan à améliorer.</translation>
    </message>
    <message>
        <source>Reads no table of this database&apos;s schemas (system catalogs, functions or an unknown table).</source>
        <translation>Ne lit aucune table des schémas de cette base (catalogues système, fonctions ou table inconnue).</translation>
    </message>
    <message>
        <source>An INSERT: every index only adds work to it.</source>
        <translation>Un INSERT : chaque index ne fait qu&apos;y ajouter du travail.</translation>
    </message>
    <message>
        <source>Already indexed: the plan uses %1.</source>
        <translation>Déjà indexée : le plan utilise %1.</translation>
    </message>
    <message>
        <source>Reads every row of %1: no condition, join or sort an index could serve.</source>
        <translation>Lit toutes les lignes de %1 : aucune condition, jointure ou tri dont un index pourrait tirer parti.</translation>
    </message>
    <message>
        <source>An index %1 would make it %2× cheaper, but the statement takes only %3 of the workload&apos;s time: not worth its upkeep.</source>
        <translation>Un index %1 la rendrait %2× moins coûteuse, mais la requête ne prend que %3 du temps de la charge de travail : cela ne vaut pas son coût d&apos;entretien.</translation>
    </message>
    <message>
        <source>Already indexed: the plan uses %1, and no other index would make it at least %2 cheaper.</source>
        <translation>Déjà indexée : le plan utilise %1, et aucun autre index ne la rendrait au moins %2 moins coûteuse.</translation>
    </message>
    <message>
        <source>Too cheap to need an index: the whole plan costs %1 (a few pages).</source>
        <translation>Trop peu coûteuse pour justifier un index : le plan entier coûte %1 (quelques pages).</translation>
    </message>
    <message>
        <source>Not enough: the best index tried (%1) would make it %2× cheaper, less than the %3× a covering index or a second index for the same statement must give.</source>
        <translation>Gain insuffisant : le meilleur index essayé (%1) la rendrait %2× moins coûteuse, moins que les %3× qu&apos;un index couvrant ou un second index pour la même requête doit apporter.</translation>
    </message>
    <message>
        <source>Low selectivity: its conditions match too many rows; the best index tried (%1) saves only %2 of its cost.</source>
        <translation>Faible sélectivité : ses conditions correspondent à trop de lignes ; le meilleur index essayé (%1) n&apos;économise que %2 de son coût.</translation>
    </message>
    <message>
        <source>Low selectivity: its conditions match too many rows of %1; even with an index such as %2 the planner keeps scanning the table.</source>
        <translation>Faible sélectivité : ses conditions correspondent à trop de lignes de %1 ; même avec un index tel que %2, le planificateur continue de parcourir la table.</translation>
    </message>
    <message>
        <source>Reads %1, which this database&apos;s catalog does not hold (a temporary table, or one dropped since): it cannot be planned here.</source>
        <translation>Lit %1, absente du catalogue de cette base (une table temporaire, ou supprimée depuis) : elle ne peut pas être planifiée ici.</translation>
    </message>
    <message>
        <source>Could not be planned as it is, with its constants folded, nor from a sample: %1</source>
        <translation>N&apos;a pu être planifiée ni telle quelle, ni avec ses constantes regroupées, ni d&apos;après un échantillon : %1</translation>
    </message>
</context>
<context>
    <name>VacuumChecks</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>autovacuum is off on the whole server.</source>
        <translation>autovacuum est désactivé sur tout le serveur.</translation>
    </message>
    <message>
        <source>autovacuum is disabled on this table (autovacuum_enabled = false).</source>
        <translation>autovacuum est désactivé sur cette table (autovacuum_enabled = false).</translation>
    </message>
    <message>
        <source>autovacuum should have started at %L1 dead tuples: it is busy elsewhere, throttled, or blocked by a long transaction.</source>
        <translation>autovacuum aurait dû démarrer à %L1 lignes mortes : il est occupé ailleurs, bridé ou bloqué par une longue transaction.</translation>
    </message>
    <message>
        <source>Dead tuples take space and are read by every scan; until VACUUM runs, the table and its indexes grow and queries slow down.</source>
        <translation>Les lignes mortes prennent de la place et sont lues par chaque parcours ; tant que VACUUM ne passe pas, la table et ses index grossissent et les requêtes ralentissent.</translation>
    </message>
    <message>
        <source>Vacuum the table now; if it falls behind again, give autovacuum more room (see the autovacuum checks).</source>
        <translation>Faire un vacuum de la table maintenant ; si elle reprend du retard, donner plus de marge à autovacuum (voir les contrôles d&apos;autovacuum).</translation>
    </message>
    <message>
        <source>Vacuum the table now, and turn autovacuum back on for it: ALTER TABLE %1 RESET (autovacuum_enabled).</source>
        <translation>Faire un vacuum de la table maintenant et y réactiver autovacuum : ALTER TABLE %1 RESET (autovacuum_enabled).</translation>
    </message>
    <message>
        <source>VACUUM takes no lock that blocks reads or writes; it reads the whole table and adds I/O while it runs.</source>
        <translation>VACUUM ne prend aucun verrou qui bloque lectures ou écritures ; il lit toute la table et ajoute des E/S pendant qu&apos;il tourne.</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>%1 has %L2 dead tuples (%3 of its rows); last vacuum: %4. %5</source>
        <translation>%1 a %L2 lignes mortes (%3 de ses lignes) ; dernier vacuum : %4. %5</translation>
    </message>
</context>
<context>
    <name>VariableValues</name>
    <message>
        <source>undefined variable &quot;%1&quot;</source>
        <translation>variable non définie « %1 »</translation>
    </message>
    <message>
        <source>malformed variable &quot;%1&quot; value: &quot;%2&quot;</source>
        <translation>valeur mal formée de la variable « %1 » : « %2 »</translation>
    </message>
</context>
<context>
    <name>WhatIfSession</name>
    <message>
        <source>HypoPG is not installed in this database: run CREATE EXTENSION hypopg (the package is postgresql-15-hypopg). Sonde needs it to prove what an index would change before anyone builds it.</source>
        <translation>HypoPG n&apos;est pas installé dans cette base : lancez CREATE EXTENSION hypopg (le paquet est postgresql-15-hypopg). Sonde en a besoin pour prouver ce qu&apos;un index changerait avant que quiconque ne le construise.</translation>
    </message>
    <message>
        <source>The server returned no plan.</source>
        <translation>Le serveur n&apos;a renvoyé aucun plan.</translation>
    </message>
    <message>
        <source>No what-if transaction is open: hypothetical indexes live in one.</source>
        <translation>Aucune transaction de simulation n&apos;est ouverte : les index hypothétiques vivent dans l&apos;une d&apos;elles.</translation>
    </message>
</context>
<context>
    <name>WorkloadReader</name>
    <message>
        <source>pg_stat_statements is not installed in this database: run CREATE EXTENSION pg_stat_statements (it must also be in shared_preload_libraries).</source>
        <translation>pg_stat_statements n&apos;est pas installé dans cette base : lancez CREATE EXTENSION pg_stat_statements (l&apos;extension doit aussi figurer dans shared_preload_libraries).</translation>
    </message>
    <message>
        <source>pg_stat_statements is installed but not loaded: add it to shared_preload_libraries and restart the server.</source>
        <translation>pg_stat_statements est installé mais pas chargé : ajoutez-le à shared_preload_libraries et redémarrez le serveur.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Watching the workload: %1 s of %2 s</source>
        <translation>Observation de la charge de travail : %1 s sur %2 s</translation>
    </message>
    <message>
        <source>pg_qualstats is not installed: constants the application sends as literals stay parameters (no partial indexes from them).</source>
        <translation>pg_qualstats n&apos;est pas installé : les constantes que l&apos;application envoie en littéraux restent des paramètres (pas d&apos;index partiels à partir d&apos;elles).</translation>
    </message>
    <message>
        <source>pg_qualstats could not be read: %1</source>
        <translation>Impossible de lire pg_qualstats : %1</translation>
    </message>
    <message>
        <source>$%1 = %2 (pg_qualstats: the same value in %3 sampled executions)</source>
        <translation>$%1 = %2 (pg_qualstats : la même valeur dans %3 exécutions échantillonnées)</translation>
    </message>
    <message>
        <source>LIMIT $%1 planned as LIMIT %2, the rows it returns per call (pg_stat_statements)</source>
        <translation>LIMIT $%1 planifié comme LIMIT %2, le nombre de lignes renvoyées par appel (pg_stat_statements)</translation>
    </message>
</context>
<context>
    <name>WraparoundChecks</name>
    <message>
        <source> Freezing cannot pass the oldest snapshot, held by %1 (age %L2): end it first.</source>
        <translation> Le gel ne peut pas dépasser l&apos;instantané le plus ancien, tenu par %1 (âge %L2) : terminez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Database %1 is %L2 transactions old (autovacuum_freeze_max_age %L3).</source>
        <translation>La base %1 a %L2 transactions d&apos;âge (autovacuum_freeze_max_age %L3).</translation>
    </message>
    <message>
        <source>Database %1 is %L2 multixacts old (autovacuum_multixact_freeze_max_age %L3).</source>
        <translation>La base %1 a %L2 multixacts d&apos;âge (autovacuum_multixact_freeze_max_age %L3).</translation>
    </message>
    <message>
        <source>Past about 2.1 billion, PostgreSQL stops accepting transactions to protect the data until a VACUUM in single-user mode: an outage.</source>
        <translation>Vers 2,1 milliards, PostgreSQL refuse les transactions pour protéger les données jusqu&apos;à un VACUUM en mode mono-utilisateur : une panne.</translation>
    </message>
    <message>
        <source>Freeze the oldest tables of %1 first (vacuumdb --freeze --min-xid-age, or VACUUM (FREEZE) table by table), after ending what holds the oldest snapshot.</source>
        <translation>Geler d&apos;abord les tables les plus anciennes de %1 (vacuumdb --freeze --min-xid-age, ou VACUUM (FREEZE) table par table), après avoir terminé ce qui tient l&apos;instantané le plus ancien.</translation>
    </message>
    <message>
        <source>Table %1 is %L2 transactions old (its freeze limit is %L3).</source>
        <translation>La table %1 a %L2 transactions d&apos;âge (sa limite de gel est %L3).</translation>
    </message>
    <message>
        <source>Table %1 is %L2 multixacts old (its freeze limit is %L3).</source>
        <translation>La table %1 a %L2 multixacts d&apos;âge (sa limite de gel est %L3).</translation>
    </message>
    <message>
        <source>Autovacuum should already be freezing it; every transaction brings the table closer to the point where PostgreSQL stops accepting writes.</source>
        <translation>Autovacuum devrait déjà la geler ; chaque transaction rapproche la table du point où PostgreSQL refuse les écritures.</translation>
    </message>
    <message>
        <source>Freeze the table now (after ending what holds the oldest snapshot, if anything).</source>
        <translation>Geler la table maintenant (après avoir terminé ce qui tient l&apos;instantané le plus ancien, le cas échéant).</translation>
    </message>
    <message>
        <source>VACUUM FREEZE blocks no reads or writes; it reads and may write the whole table.</source>
        <translation>VACUUM FREEZE ne bloque ni lectures ni écritures ; il lit et peut écrire toute la table.</translation>
    </message>
</context>
<context>
    <name>WriteCost</name>
    <message numerus="yes">
        <source>%1 inserts/s, %2 updates/s, %3 deletes/s on a table with %n index(es)</source>
        <translation>
            <numerusform>%1 insertions/s, %2 mises à jour/s, %3 suppressions/s sur une table avec %n index</numerusform>
            <numerusform>%1 insertions/s, %2 mises à jour/s, %3 suppressions/s sur une table avec %n index</numerusform>
        </translation>
    </message>
    <message>
        <source>updates of %1 (%2/s) could no longer be HOT</source>
        <translation>les mises à jour de %1 (%2/s) ne pourraient plus être HOT</translation>
    </message>
    <message>
        <source>HOT updates (%1 today) stay HOT: the workload&apos;s updates change no column of the index</source>
        <translation>les mises à jour HOT (%1 aujourd&apos;hui) restent HOT : les mises à jour de la charge de travail ne modifient aucune colonne de l&apos;index</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: sonde-cli &lt;command&gt; [options]</source>
        <translation>Usage : sonde-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run sonde-cli &lt;command&gt; --help for the options of a command.</source>
        <translation>Lancez sonde-cli &lt;command&gt; --help pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande &quot;%1&quot; inconnue.</translation>
    </message>
    <message>
        <source>Stopping (the server cancels the running statement)…</source>
        <translation>Arrêt en cours (le serveur annule la requête en cours)…</translation>
    </message>
</context>
<context>
    <name>sonde::AdvisorPage</name>
    <message>
        <source>Advise</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Appliquer…</translation>
    </message>
    <message>
        <source>pg_stat_statements since its reset</source>
        <translation>pg_stat_statements depuis sa réinitialisation</translation>
    </message>
    <message>
        <source>Watch the workload for</source>
        <translation>Observer la charge de travail pendant</translation>
    </message>
    <message>
        <source>Statements I enter</source>
        <translation>Requêtes saisies</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Stops the running job on the server (a build leaves nothing behind).</source>
        <translation>Arrête la tâche en cours sur le serveur (une création d&apos;index interrompue ne laisse rien derrière elle).</translation>
    </message>
    <message>
        <source>SELECT … ; UPDATE … ;  (one or more statements, $1 parameters allowed)</source>
        <translation>SELECT … ; UPDATE … ;  (une ou plusieurs requêtes, paramètres $1 autorisés)</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Statements without an index</source>
        <translation>Requêtes sans index</translation>
    </message>
    <message>
        <source>Existing indexes</source>
        <translation>Index existants</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Workload:</source>
        <translation>Charge de travail :</translation>
    </message>
    <message>
        <source>Canceling on the server…</source>
        <translation>Annulation sur le serveur…</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Connect to a PostgreSQL server (or start the demo) first.</source>
        <translation>Connectez-vous d&apos;abord à un serveur PostgreSQL (ou démarrez la démo).</translation>
    </message>
    <message>
        <source>Enter at least one statement.</source>
        <translation>Saisissez au moins une requête.</translation>
    </message>
    <message>
        <source>The statements do not parse: %1</source>
        <translation>Erreur de syntaxe dans les requêtes : %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Recommendations (%1)</source>
        <translation>Recommandations (%1)</translation>
    </message>
    <message>
        <source>Statements without an index (%1)</source>
        <translation>Requêtes sans index (%1)</translation>
    </message>
    <message>
        <source>Existing indexes (%1)</source>
        <translation>Index existants (%1)</translation>
    </message>
    <message>
        <source>%1 is read-only in Sonde: indexes are not built there.</source>
        <translation>%1 est en lecture seule dans Sonde : aucun index n&apos;y est créé.</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Not built: %1</source>
        <translation>Non créé : %1</translation>
    </message>
    <message>
        <source>Built %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message numerus="yes">
        <source>Built %n index(es).</source>
        <translation>
            <numerusform>%n index créé.</numerusform>
            <numerusform>%n index créés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropping %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <source>Dropped %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>%1 is read-only in Sonde: nothing is built there.</source>
        <translation>%1 est en lecture seule dans Sonde : rien n&apos;y est créé.</translation>
    </message>
    <message>
        <source>Shows the DDL and builds the selected indexes after you confirm.</source>
        <translation>Affiche le DDL et crée les index sélectionnés après votre confirmation.</translation>
    </message>
    <message>
        <source>%1 is read-only in Sonde: nothing is dropped there.</source>
        <translation>%1 est en lecture seule dans Sonde : rien n&apos;y est supprimé.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Workload window</source>
        <translation>Fenêtre de la charge de travail</translation>
    </message>
    <message>
        <source>Statements to advise on</source>
        <translation>Requêtes à analyser</translation>
    </message>
    <message>
        <source>Statements no index helps</source>
        <translation>Requêtes qu’aucun index n’aide</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>Avancement de la tâche en cours</translation>
    </message>
    <message>
        <source>tries candidate indexes on them with HypoPG (hypothetical indexes: nothing is built or written) and lists the indexes worth building, with the plans before and after. Nothing is built until you select a recommendation and press Apply.</source>
        <translation>essaie sur elles des index candidats avec HypoPG (index hypothétiques : rien n&apos;est construit ni écrit) et liste les index qui valent d&apos;être construits, avec les plans avant et après. Rien n&apos;est construit tant que vous ne sélectionnez pas une recommandation et n&apos;appuyez pas sur Appliquer.</translation>
    </message>
    <message>
        <source>Press Advise: Sonde watches the statements the server runs for the time set (pg_stat_statements), then %1</source>
        <translation>Appuyez sur Analyser : Sonde observe les requêtes que le serveur exécute pendant la durée choisie (pg_stat_statements), puis %1</translation>
    </message>
    <message>
        <source>Enter statements above and press Advise: Sonde plans them, then %1</source>
        <translation>Saisissez des requêtes ci-dessus et appuyez sur Analyser : Sonde les planifie, puis %1</translation>
    </message>
    <message>
        <source>Press Advise: Sonde reads the statements pg_stat_statements has counted since its last reset, then %1</source>
        <translation>Appuyez sur Analyser : Sonde lit les requêtes que pg_stat_statements a comptées depuis sa dernière remise à zéro, puis %1</translation>
    </message>
    <message>
        <source>%1 statements, %2 candidate indexes tried with %3 plans in %4.</source>
        <translation>%1 requêtes, %2 index candidats testés avec %3 plans en %4.</translation>
    </message>
</context>
<context>
    <name>sonde::AlertNotifier</name>
    <message>
        <source>Sonde</source>
        <translation>Sonde</translation>
    </message>
    <message>
        <source>Sonde: critical alert</source>
        <translation>Sonde : alerte critique</translation>
    </message>
    <message>
        <source>Sonde: warning</source>
        <translation>Sonde : avertissement</translation>
    </message>
</context>
<context>
    <name>sonde::ApplyIndexDialog</name>
    <message>
        <source>Build indexes</source>
        <translation>Créer des index</translation>
    </message>
    <message>
        <source>Revert an index</source>
        <translation>Annuler la création d&apos;un index</translation>
    </message>
    <message>
        <source>Sonde will run these statements on &lt;b&gt;%1&lt;/b&gt;. Each index is built with CREATE INDEX CONCURRENTLY: writers are not blocked, the build can be canceled on the server, and an index a failed or canceled build leaves INVALID is dropped again. Every change is recorded in the change log with its revert statement.</source>
        <translation>Sonde va exécuter ces instructions sur &lt;b&gt;%1&lt;/b&gt;. Chaque index est créé avec CREATE INDEX CONCURRENTLY : les écritures ne sont pas bloquées, la création peut être annulée sur le serveur, et un index laissé INVALID par une création échouée ou annulée est supprimé. Chaque modification est enregistrée dans le journal des modifications avec son instruction d&apos;annulation.</translation>
    </message>
    <message>
        <source>Sonde will run this statement on &lt;b&gt;%1&lt;/b&gt; and record it in the change log. DROP INDEX CONCURRENTLY waits for running transactions but blocks no one.</source>
        <translation>Sonde va exécuter cette instruction sur &lt;b&gt;%1&lt;/b&gt; et l&apos;enregistrer dans le journal des modifications. DROP INDEX CONCURRENTLY attend la fin des transactions en cours mais ne bloque personne.</translation>
    </message>
    <message>
        <source>I want to build these indexes on %1</source>
        <translation>Je veux créer ces index sur %1</translation>
    </message>
    <message>
        <source>I want to drop this index on %1</source>
        <translation>Je veux supprimer cet index sur %1</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>sonde::BenchmarkConfigForm</name>
    <message>
        <source>also replay statements that write</source>
        <translation>rejouer aussi les requêtes qui écrivent</translation>
    </message>
    <message>
        <source>e.g. before, after index</source>
        <translation>ex. : avant, après index</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Transaction count</source>
        <translation>Nombre de transactions</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation>le plus vite possible</translation>
    </message>
    <message>
        <source> tx/s</source>
        <translation> tx/s</translation>
    </message>
    <message>
        <source>Automatic (prepared; extended through PgBouncer)</source>
        <translation>Automatique (préparées ; protocole étendu via PgBouncer)</translation>
    </message>
    <message>
        <source>Prepared statements</source>
        <translation>Requêtes préparées</translation>
    </message>
    <message>
        <source>Extended, unnamed</source>
        <translation>Protocole étendu, sans nom</translation>
    </message>
    <message>
        <source>Simple query</source>
        <translation>Requête simple</translation>
    </message>
    <message>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <source>since the last reset</source>
        <translation>depuis la dernière réinitialisation</translation>
    </message>
    <message>
        <source>Load a pgbench script…</source>
        <translation>Charger un script pgbench…</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Database behind the cache</source>
        <translation>Base derrière le cache</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Statements replayed</source>
        <translation>Requêtes rejouées</translation>
    </message>
    <message>
        <source>Capture window</source>
        <translation>Fenêtre de capture</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Run for</source>
        <translation>Exécuter pendant</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Préchauffage</translation>
    </message>
    <message>
        <source>Target rate</source>
        <translation>Débit cible</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Pipeline depth</source>
        <translation>Profondeur de pipeline</translation>
    </message>
    <message>
        <source>Key space</source>
        <translation>Espace de clés</translation>
    </message>
    <message>
        <source>Value size</source>
        <translation>Taille des valeurs</translation>
    </message>
    <message>
        <source>Share of SETs</source>
        <translation>Part de SET</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>Nom de l&apos;exécution</translation>
    </message>
    <message>
        <source>%1 (direct)</source>
        <translation>%1 (direct)</translation>
    </message>
    <message>
        <source>%1 (through PgBouncer)</source>
        <translation>%1 (via PgBouncer)</translation>
    </message>
    <message>
        <source>Load a pgbench script</source>
        <translation>Charger un script pgbench</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>Scripts SQL (*.sql);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>pgbench script</source>
        <translation>Script pgbench</translation>
    </message>
    <message>
        <source>NAME=VALUE NAME=VALUE (pgbench&apos;s -D)</source>
        <translation>NOM=VALEUR NOM=VALEUR (le -D de pgbench)</translation>
    </message>
    <message>
        <source>unlimited (within the latency limit or duration)</source>
        <translation>illimité (dans la limite de latence ou la durée)</translation>
    </message>
    <message>
        <source>Tries of a transaction that fails on a serialization or deadlock error (pgbench&apos;s --max-tries).</source>
        <translation>Essais d’une transaction qui échoue sur une erreur de sérialisation ou un interblocage (le --max-tries de pgbench).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Transactions slower than this count as late; with a target rate, those already late when due are skipped.</source>
        <translation>Les transactions plus lentes comptent comme en retard ; avec un débit cible, celles déjà en retard à leur échéance sont sautées.</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <source>Tries on conflicts</source>
        <translation>Essais sur conflit</translation>
    </message>
    <message>
        <source>Latency limit</source>
        <translation>Limite de latence</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>sonde::BenchmarkPage</name>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Initialise pgbench tables…</source>
        <translation>Initialiser les tables pgbench…</translation>
    </message>
    <message>
        <source>Prove it…</source>
        <translation>Le prouver…</translation>
    </message>
    <message>
        <source>Compare selected</source>
        <translation>Comparer la sélection</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Benchmark, apply the recommended indexes, benchmark again and compare: one guided sequence.</source>
        <translation>Benchmark, application des index recommandés, nouveau benchmark et comparaison : une seule séquence guidée.</translation>
    </message>
    <message>
        <source>Stored runs</source>
        <translation>Exécutions enregistrées</translation>
    </message>
    <message>
        <source>Select two runs to compare them (before, after).</source>
        <translation>Sélectionnez deux exécutions pour les comparer (avant, après).</translation>
    </message>
    <message>
        <source>Running %1 on %2…</source>
        <translation>Exécution de %1 sur %2…</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Aucune exécution pour l&apos;instant</translation>
    </message>
    <message>
        <source>Choose a target and a workload, then Run. Runs are stored in %1.</source>
        <translation>Choisissez une cible et une charge de travail, puis lancez l&apos;exécution. Les exécutions sont enregistrées dans %1.</translation>
    </message>
    <message>
        <source>%1 is read-only: the %2 workload writes, so Sonde will not run it there. Choose select-only, replay or redis-get.</source>
        <translation>%1 est en lecture seule : la charge de travail %2 écrit, Sonde ne l&apos;y exécutera donc pas. Choisissez select-only, replay ou redis-get.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Stopping: canceling the statements in flight…</source>
        <translation>Arrêt : annulation des requêtes en cours…</translation>
    </message>
    <message>
        <source>The benchmark failed</source>
        <translation>Le benchmark a échoué</translation>
    </message>
    <message numerus="yes">
        <source> Up to %n client(s) waited for a PgBouncer connection.</source>
        <translation>
            <numerusform> Jusqu&apos;à %n client a attendu une connexion PgBouncer.</numerusform>
            <numerusform> Jusqu&apos;à %n clients ont attendu une connexion PgBouncer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Supprimer des exécutions</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stored run(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n exécution enregistrée ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n exécutions enregistrées ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Initialise pgbench tables</source>
        <translation>Initialiser les tables pgbench</translation>
    </message>
    <message>
        <source>%1 is read-only: Sonde does not create tables there.</source>
        <translation>%1 est en lecture seule : Sonde n&apos;y crée pas de tables.</translation>
    </message>
    <message>
        <source>This DROPS and recreates pgbench_accounts, pgbench_branches, pgbench_tellers and pgbench_history on %1, like pgbench -i.

Scale (100 000 accounts each):</source>
        <translation>Cette opération SUPPRIME (DROP) puis recrée pgbench_accounts, pgbench_branches, pgbench_tellers et pgbench_history sur %1, comme pgbench -i.

Échelle (100 000 comptes par unité) :</translation>
    </message>
    <message>
        <source>Initialising pgbench tables at scale %1…</source>
        <translation>Initialisation des tables pgbench à l&apos;échelle %1…</translation>
    </message>
    <message>
        <source>pgbench tables ready at scale %1 (%2 accounts).</source>
        <translation>Tables pgbench prêtes à l&apos;échelle %1 (%2 comptes).</translation>
    </message>
    <message>
        <source>Benchmark runs</source>
        <translation>Exécutions de benchmark</translation>
    </message>
    <message>
        <source>The script cannot run: line %1 is marked in the editor.</source>
        <translation>Le script ne peut pas s’exécuter : la ligne %1 est marquée dans l’éditeur.</translation>
    </message>
    <message>
        <source>%1 tx/s · p50 %2 · p99 %3 · %4 errors</source>
        <translation>%1 tx/s · p50 %2 · p99 %3 · %4 erreurs</translation>
    </message>
    <message>
        <source>Run #%1 %2: %3 transactions in %4.</source>
        <translation>Exécution n° %1 (%2) : %3 transactions en %4.</translation>
    </message>
    <message>
        <source> Hit rate %1.</source>
        <translation> Taux de succès %1.</translation>
    </message>
</context>
<context>
    <name>sonde::BenchmarkProgressModel</name>
    <message>
        <source>warm-up</source>
        <translation>préchauffage</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Seconde</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Throughput (tx/s)</source>
        <translation>Débit (tx/s)</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>p90 (ms)</source>
        <translation>p90 (ms)</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>Max (ms)</source>
        <translation>Max (ms)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Counted so far</source>
        <translation>Comptabilisées jusqu&apos;ici</translation>
    </message>
</context>
<context>
    <name>sonde::BenchmarkRunModel</name>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Throughput (tx/s)</source>
        <translation>Débit (tx/s)</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
</context>
<context>
    <name>sonde::BlockingTreeModel</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>En attente de</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — blocks %n</source>
        <translation>
            <numerusform>%1 — bloque %n session</numerusform>
            <numerusform>%1 — bloque %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(terminée)</translation>
    </message>
</context>
<context>
    <name>sonde::ChangeLogModel</name>
    <message>
        <source>revert</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>create</source>
        <translation>création</translation>
    </message>
    <message>
        <source>Revert: %1</source>
        <translation>Pour annuler : %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>setting revert</source>
        <translation>annulation de paramètre</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>fix revert</source>
        <translation>annulation de correctif</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>correctif</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>sonde::ChartDataModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
</context>
<context>
    <name>sonde::CommandPalette</name>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Type a view, a target, a statement or a command…</source>
        <translation>Tapez une vue, une cible, une requête ou une commande…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Matching entries</source>
        <translation>Entrées correspondantes</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to open, Esc to close</source>
        <translation>↑ ↓ pour choisir, Entrée pour ouvrir, Échap pour fermer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>sonde::ComparisonPage</name>
    <message>
        <source>Export HTML…</source>
        <translation>Exporter en HTML…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant :</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Après :</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Latency distribution</source>
        <translation>Distribution des latences</translation>
    </message>
    <message>
        <source>Throughput over time</source>
        <translation>Débit dans le temps</translation>
    </message>
    <message>
        <source>Plans of replayed statements</source>
        <translation>Plans des requêtes rejouées</translation>
    </message>
    <message>
        <source>#%1 %2 — %3 — %4 tx/s</source>
        <translation>#%1 %2 — %3 — %4 tx/s</translation>
    </message>
    <message>
        <source>Run two benchmarks on the Benchmark page to compare them.</source>
        <translation>Lancez deux benchmarks depuis la page Benchmark pour les comparer.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Before (#%1)</source>
        <translation>Avant (#%1)</translation>
    </message>
    <message>
        <source>After (#%1)</source>
        <translation>Après (#%1)</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Amélioration</translation>
    </message>
    <message>
        <source>executed %1 → %2 times</source>
        <translation>exécutée %1 → %2 fois</translation>
    </message>
    <message>
        <source>Plans are compared for replay workloads: the runs replayed no common statement.</source>
        <translation>Les plans sont comparés pour les charges de travail rejouées : ces exécutions n&apos;ont rejoué aucune requête commune.</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>Export the report as HTML</source>
        <translation>Exporter le rapport en HTML</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Run before</source>
        <translation>Exécution avant</translation>
    </message>
    <message>
        <source>Run after</source>
        <translation>Exécution après</translation>
    </message>
    <message>
        <source>Figures before and after</source>
        <translation>Chiffres avant et après</translation>
    </message>
    <message>
        <source>Statement whose plans are shown</source>
        <translation>Requête dont les plans sont affichés</translation>
    </message>
    <message>
        <source>Plans of:</source>
        <translation>Plans de :</translation>
    </message>
    <message>
        <source>run #%1</source>
        <translation>exécution #%1</translation>
    </message>
</context>
<context>
    <name>sonde::ConfirmChangeDialog</name>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long a statement may wait for a lock before it gives up (lock_timeout): a build must not queue behind a long transaction and make writers queue behind it.</source>
        <translation>Durée maximale d&apos;attente d&apos;un verrou par une instruction avant abandon (lock_timeout) : une création d&apos;index ne doit pas se mettre en file derrière une longue transaction et y faire attendre les écritures.</translation>
    </message>
    <message>
        <source>Lock timeout:</source>
        <translation>Délai d&apos;attente de verrou :</translation>
    </message>
</context>
<context>
    <name>sonde::ConnectionDialog</name>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>Test the connection to see what works and what is missing.</source>
        <translation>Testez la connexion pour voir ce qui fonctionne et ce qui manque.</translation>
    </message>
    <message>
        <source>Testing %1 …</source>
        <translation>Test de %1 …</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Usable (%1 ms).</source>
        <translation>Utilisable (%1 ms).</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>Inutilisable : %1</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and its saved password?</source>
        <translation>Supprimer &quot;%1&quot; et son mot de passe enregistré ?</translation>
    </message>
    <message>
        <source>Passwords and key passphrases you ask to remember go to the system keychain.</source>
        <translation>Les mots de passe et phrases secrètes de clé à retenir vont dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>sonde::CoverageBanner</name>
    <message>
        <source>Coverage: %1.</source>
        <translation>Couverture : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) got no advice, however much time they take.</source>
        <translation>
            <numerusform>%n requête n&apos;a reçu aucun conseil, quel que soit le temps qu&apos;elle prend.</numerusform>
            <numerusform>%n requêtes n&apos;ont reçu aucun conseil, quel que soit le temps qu&apos;elles prennent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message>
        <source>and give an example of one with real values to plan it.</source>
        <translation>et donnez-en un exemple avec des valeurs réelles pour la planifier.</translation>
    </message>
    <message>
        <source>Incomplete advice: only %1 of the workload&apos;s time could be planned.</source>
        <translation>Conseils incomplets : seuls %1 du temps de la charge ont pu être planifiés.</translation>
    </message>
</context>
<context>
    <name>sonde::DashboardDetailTabs</name>
    <message>
        <source>Threshold alerts, resets, lost connections, evictions and other events of the time axis, newest first.</source>
        <translation>Alertes de seuil, réinitialisations, connexions perdues, évictions et autres événements de l&apos;axe temporel, les plus récents en premier.</translation>
    </message>
    <message>
        <source>Events and alerts</source>
        <translation>Événements et alertes</translation>
    </message>
    <message>
        <source>Statements that finished in the last interval (pg_stat_statements), busiest first; Sonde&apos;s own are left out.</source>
        <translation>Requêtes terminées pendant le dernier intervalle (pg_stat_statements), les plus actives en premier ; celles de Sonde sont exclues.</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>PgBouncer pools as of the last reading (SHOW POOLS).</source>
        <translation>Pools PgBouncer au dernier relevé (SHOW POOLS).</translation>
    </message>
    <message>
        <source>PgBouncer pools</source>
        <translation>Pools PgBouncer</translation>
    </message>
    <message>
        <source>Redis commands run in the last interval (INFO commandstats), with latencystats percentiles since the last statistics reset.</source>
        <translation>Commandes Redis exécutées pendant le dernier intervalle (INFO commandstats), avec les percentiles latencystats depuis la dernière réinitialisation des statistiques.</translation>
    </message>
    <message>
        <source>Redis commands</source>
        <translation>Commandes Redis</translation>
    </message>
    <message>
        <source>Every line of the charts above, second by second over the window shown (newest first): the exact numbers, to read, copy or export.</source>
        <translation>Chaque courbe des graphiques ci-dessus, seconde par seconde sur la fenêtre affichée (les plus récentes en premier) : les valeurs exactes, à lire, copier ou exporter.</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>Données des graphiques</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
</context>
<context>
    <name>sonde::DashboardPage</name>
    <message>
        <source>Pause sampling while hidden</source>
        <translation>Mettre en pause l&apos;échantillonnage si masqué</translation>
    </message>
    <message numerus="yes">
        <source>every %n s</source>
        <translation>
            <numerusform>toutes les %n s</numerusform>
            <numerusform>toutes les %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>How often every target is sampled. Rates are per second over the real interval, whatever it is.</source>
        <translation>Fréquence d&apos;échantillonnage de chaque cible. Les taux sont par seconde sur l&apos;intervalle réel, quel qu&apos;il soit.</translation>
    </message>
    <message>
        <source>Stop polling the servers while this view is hidden or the window is minimised; the charts show a gap for that time.</source>
        <translation>Cesser d&apos;interroger les serveurs quand cette vue est masquée ou la fenêtre réduite ; les graphiques montrent un trou pour cette période.</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Seuils…</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Échantillonner</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message numerus="yes">
        <source>and %n more active alert(s): see Events and alerts</source>
        <translation>
            <numerusform>et %n autre alerte active : voir Événements et alertes</numerusform>
            <numerusform>et %n autres alertes actives : voir Événements et alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Put a note on the time axis (&quot;19:42 failover started&quot;): at the instant under the mouse, else at the end of the window. A recording keeps it.</source>
        <translation>Placer une note sur l&apos;axe du temps (« 19:42 bascule lancée ») : à l&apos;instant sous la souris, sinon à la fin de la fenêtre. Un enregistrement la conserve.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Note on the time axis</source>
        <translation>Note sur l&apos;axe du temps</translation>
    </message>
    <message>
        <source>Note at %1:</source>
        <translation>Note à %1 :</translation>
    </message>
    <message>
        <source> (Prometheus)</source>
        <translation> (Prometheus)</translation>
    </message>
</context>
<context>
    <name>sonde::DataTableView</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation>Copier les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>sonde::DataTreeView</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the tree</source>
        <translation>Copier l&apos;arbre</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
</context>
<context>
    <name>sonde::DemoControlPanel</name>
    <message>
        <source>Demo application</source>
        <translation>Application de démo</translation>
    </message>
    <message>
        <source>Flush the cache now</source>
        <translation>Vider le cache maintenant</translation>
    </message>
    <message>
        <source>Healthy cache</source>
        <translation>Cache sain</translation>
    </message>
    <message>
        <source>95 % of reads on a hot set, 5 min TTL: high hit rate.</source>
        <translation>95 % des lectures sur un ensemble chaud, TTL de 5 min : taux de succès élevé.</translation>
    </message>
    <message>
        <source>Cold cache (flushed every 30 s)</source>
        <translation>Cache froid (vidé toutes les 30 s)</translation>
    </message>
    <message>
        <source>The cache is flushed every 30 s: the hit rate dips and recovers.</source>
        <translation>Le cache est vidé toutes les 30 s : le taux de succès chute puis remonte.</translation>
    </message>
    <message>
        <source>Thrashing cache</source>
        <translation>Cache inefficace (thrashing)</translation>
    </message>
    <message>
        <source>Uniform keys, 2 s TTL: almost every read falls through to PostgreSQL and its latency climbs.</source>
        <translation>Clés uniformes, TTL de 2 s : presque toutes les lectures retombent sur PostgreSQL, dont la latence grimpe.</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> requêtes/s</translation>
    </message>
    <message>
        <source>FLUSHDB on the demo&apos;s Redis: every cached key is gone at once.</source>
        <translation>FLUSHDB sur le Redis de la démo : toutes les clés en cache disparaissent d&apos;un coup.</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>Cache :</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>Charge :</translation>
    </message>
    <message>
        <source>%1 requests/s · application cache hit rate %2 · %3 database queries · %4 errors</source>
        <translation>%1 requêtes/s · taux de succès du cache applicatif %2 · %3 requêtes SQL · %4 erreurs</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <source>Flushed at %1.</source>
        <translation>Vidé à %1.</translation>
    </message>
    <message>
        <source>The flush failed: %1</source>
        <translation>Le vidage a échoué : %1</translation>
    </message>
</context>
<context>
    <name>sonde::DemoStartPage</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Demo start progress</source>
        <translation>Progression du démarrage de la démo</translation>
    </message>
    <message>
        <source>Demo start log</source>
        <translation>Journal du démarrage de la démo</translation>
    </message>
    <message>
        <source>Starting the demo sandbox</source>
        <translation>Démarrage du bac à sable de démo</translation>
    </message>
    <message>
        <source>Starting private PostgreSQL, PgBouncer and Redis servers…</source>
        <translation>Démarrage de serveurs PostgreSQL, PgBouncer et Redis privés…</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>La démo n&apos;a pas pu démarrer</translation>
    </message>
</context>
<context>
    <name>sonde::FleetModel</name>
    <message>
        <source>● down</source>
        <translation>● hors ligne</translation>
    </message>
    <message>
        <source>◆ critical</source>
        <translation>◆ critique</translation>
    </message>
    <message>
        <source>▲ warning</source>
        <translation>▲ avertissement</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>▲ alert</source>
        <translation>▲ alerte</translation>
    </message>
    <message>
        <source>%1, job %2%3</source>
        <translation>%1, job %2%3</translation>
    </message>
    <message>
        <source>, server %1</source>
        <translation>, serveur %1</translation>
    </message>
    <message>
        <source>Latency over the last 15 minutes, every 30 s.</source>
        <translation>Latence sur les 15 dernières minutes, toutes les 30 s.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Kind (job)</source>
        <translation>Type (job)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>Pool use</source>
        <translation>Utilisation des pools</translation>
    </message>
    <message>
        <source>Firing alerts</source>
        <translation>Alertes actives</translation>
    </message>
    <message>
        <source>Latency, 15 min</source>
        <translation>Latence, 15 min</translation>
    </message>
</context>
<context>
    <name>sonde::FleetPage</name>
    <message>
        <source>Open on the dashboard</source>
        <translation>Ouvrir dans le tableau de bord</translation>
    </message>
    <message>
        <source>Watch the selected instance on the dashboard, with its history (Enter, or double-click).</source>
        <translation>Suivre l&apos;instance sélectionnée dans le tableau de bord, avec son historique (Entrée, ou double-clic).</translation>
    </message>
    <message>
        <source>Prometheus:</source>
        <translation>Prometheus :</translation>
    </message>
    <message>
        <source>No Prometheus connected. Add one as a connection (its address, http://host:9090), or start the demo, which runs one.</source>
        <translation>Aucun Prometheus connecté. Ajoutez-en un comme connexion (son adresse, http://host:9090), ou lancez la démo, qui en fait tourner un.</translation>
    </message>
    <message>
        <source>Reading the fleet…</source>
        <translation>Lecture du parc…</translation>
    </message>
    <message>
        <source>The fleet could not be read: %1</source>
        <translation>Impossible de lire le parc : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n down</source>
        <translation>
            <numerusform> · %n hors ligne</numerusform>
            <numerusform> · %n hors ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n in trouble</source>
        <translation>
            <numerusform> · %n en difficulté</numerusform>
            <numerusform> · %n en difficulté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · read at %1 in %n queries</source>
        <translation>
            <numerusform> · relevé à %1 en %n requête</numerusform>
            <numerusform> · relevé à %1 en %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Instances of the fleet</source>
        <translation>Instances du parc</translation>
    </message>
</context>
<context>
    <name>sonde::HealthChangesPane</name>
    <message>
        <source>Revert…</source>
        <translation>Annuler la modification…</translation>
    </message>
    <message>
        <source>Setting changes and fixes</source>
        <translation>Modifications de paramètres et correctifs</translation>
    </message>
    <message>
        <source>Changes made from this page (the change log):</source>
        <translation>Modifications faites depuis cette page (le journal des modifications) :</translation>
    </message>
    <message>
        <source>Shows the revert statement and runs it after you confirm.</source>
        <translation>Affiche l&apos;instruction d&apos;annulation et l&apos;exécute après votre confirmation.</translation>
    </message>
</context>
<context>
    <name>sonde::HealthFindingDetails</name>
    <message>
        <source>Why it matters:</source>
        <translation>Pourquoi c&apos;est important :</translation>
    </message>
    <message>
        <source>Evidence (from the server):</source>
        <translation>Preuves (lues sur le serveur) :</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correctif :</translation>
    </message>
    <message>
        <source>Takes effect at the next restart of the server; Sonde never restarts it.</source>
        <translation>Prend effet au prochain redémarrage du serveur ; Sonde ne le redémarre jamais.</translation>
    </message>
    <message>
        <source>Takes effect with a reload (pg_reload_conf()): no restart.</source>
        <translation>Prend effet par un rechargement (pg_reload_conf()) : pas de redémarrage.</translation>
    </message>
    <message>
        <source>Revert:</source>
        <translation>Pour annuler :</translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation>Attention :</translation>
    </message>
</context>
<context>
    <name>sonde::HealthFindingModel</name>
    <message>
        <source>advice</source>
        <translation>conseil</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>setting (restart)</source>
        <translation>paramètre (redémarrage)</translation>
    </message>
    <message>
        <source>setting (reload)</source>
        <translation>paramètre (rechargement)</translation>
    </message>
    <message>
        <source>setting (CONFIG SET)</source>
        <translation>paramètre (CONFIG SET)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>sonde::HealthPage</name>
    <message>
        <source>Apply a fix</source>
        <translation>Appliquer un correctif</translation>
    </message>
    <message>
        <source>I want to run this on %1</source>
        <translation>Je veux exécuter ceci sur %1</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>The change is recorded in the change log with its revert.</source>
        <translation>La modification est enregistrée dans le journal des modifications avec son annulation.</translation>
    </message>
    <message>
        <source>Sonde will write %1 = %2 to postgresql.auto.conf on &lt;b&gt;%3&lt;/b&gt; with ALTER SYSTEM. It takes effect at the next restart of the server, which Sonde never does.</source>
        <translation>Sonde va écrire %1 = %2 dans postgresql.auto.conf sur &lt;b&gt;%3&lt;/b&gt; avec ALTER SYSTEM. Cela prend effet au prochain redémarrage du serveur, ce que Sonde ne fait jamais.</translation>
    </message>
    <message>
        <source>Sonde will run ALTER SYSTEM on &lt;b&gt;%3&lt;/b&gt;, then pg_reload_conf(): %1 becomes %2 for new sessions and for those that did not SET it. The reload also applies any other edit of the configuration files not yet reloaded.</source>
        <translation>Sonde va exécuter ALTER SYSTEM sur &lt;b&gt;%3&lt;/b&gt;, puis pg_reload_conf() : %1 vaut %2 pour les nouvelles sessions et pour celles qui ne l&apos;ont pas fixé par SET. Le rechargement applique aussi toute autre modification des fichiers de configuration pas encore rechargée.</translation>
    </message>
    <message>
        <source>Sonde will run CONFIG SET on &lt;b&gt;%1&lt;/b&gt;; the previous value is kept as the revert. The running server changes at once; a restart of Redis forgets it unless redis.conf says the same.</source>
        <translation>Sonde va exécuter CONFIG SET sur &lt;b&gt;%1&lt;/b&gt; ; la valeur précédente est gardée pour l&apos;annulation. Le serveur en cours change tout de suite ; un redémarrage de Redis l&apos;oublie sauf si redis.conf dit la même chose.</translation>
    </message>
    <message>
        <source>Sonde will build this index on &lt;b&gt;%1&lt;/b&gt; with CREATE INDEX CONCURRENTLY: writers are not blocked, Cancel stops it on the server, and an INVALID index a failed build leaves is dropped again.</source>
        <translation>Sonde va construire cet index sur &lt;b&gt;%1&lt;/b&gt; avec CREATE INDEX CONCURRENTLY : les écritures ne sont pas bloquées, Annuler l&apos;arrête sur le serveur, et un index INVALID laissé par un échec est supprimé.</translation>
    </message>
    <message>
        <source>Sonde will run these statements on &lt;b&gt;%1&lt;/b&gt;, each with a lock_timeout; Cancel stops them on the server.</source>
        <translation>Sonde va exécuter ces instructions sur &lt;b&gt;%1&lt;/b&gt;, chacune avec un lock_timeout ; Annuler les arrête sur le serveur.</translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation>Attention :</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Lancer les contrôles</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Apply fix…</source>
        <translation>Appliquer le correctif…</translation>
    </message>
    <message>
        <source>Copy SQL</source>
        <translation>Copier le SQL</translation>
    </message>
    <message>
        <source>Server to check</source>
        <translation>Serveur à contrôler</translation>
    </message>
    <message>
        <source>Health findings</source>
        <translation>Constats de santé</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>The fix&apos;s SQL is on the clipboard.</source>
        <translation>Le SQL du correctif est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>No checks have run on %1 yet: Run checks.</source>
        <translation>Aucun contrôle n&apos;a encore tourné sur %1 : Lancer les contrôles.</translation>
    </message>
    <message>
        <source>Connect to a server or start the demo.</source>
        <translation>Connectez-vous à un serveur ou démarrez la démo.</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>Les contrôles n&apos;ont pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>%1 critical, %2 warning, %3 info — checked at %4</source>
        <translation>%1 critique(s), %2 avertissement(s), %3 info(s) — contrôlé à %4</translation>
    </message>
    <message>
        <source>Not checked (%1): %2</source>
        <translation>Non contrôlé (%1) : %2</translation>
    </message>
    <message>
        <source>No finding: every check passed.</source>
        <translation>Aucun constat : tous les contrôles sont passés.</translation>
    </message>
    <message>
        <source>Applying the fix…</source>
        <translation>Application du correctif…</translation>
    </message>
    <message>
        <source>Applied (change #%1). %2</source>
        <translation>Appliqué (modification #%1). %2</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <source>Revert a change</source>
        <translation>Annuler une modification</translation>
    </message>
    <message>
        <source>Sonde will run this statement on &lt;b&gt;%1&lt;/b&gt; to undo change #%2, and record it in the change log.</source>
        <translation>Sonde va exécuter cette instruction sur &lt;b&gt;%1&lt;/b&gt; pour annuler la modification #%2, et l&apos;enregistrer dans le journal des modifications.</translation>
    </message>
    <message>
        <source>I want to undo change #%1 on %2</source>
        <translation>Je veux annuler la modification #%1 sur %2</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Reverted change #%1. %2</source>
        <translation>Modification #%1 annulée. %2</translation>
    </message>
    <message>
        <source>Not reverted: %1</source>
        <translation>Non annulée : %1</translation>
    </message>
    <message>
        <source>%1 is read-only in Sonde: nothing is changed there.</source>
        <translation>%1 est en lecture seule dans Sonde : rien n&apos;y est modifié.</translation>
    </message>
    <message>
        <source>Shows the statements and runs them after you confirm.</source>
        <translation>Affiche les instructions et les exécute après votre confirmation.</translation>
    </message>
    <message>
        <source>This finding has advice, not a statement.</source>
        <translation>Ce constat donne un conseil, pas une instruction.</translation>
    </message>
</context>
<context>
    <name>sonde::HealthWatch</name>
    <message>
        <source>Health: %1</source>
        <translation>Santé : %1</translation>
    </message>
</context>
<context>
    <name>sonde::IndexChangesTab</name>
    <message>
        <source>Revert…</source>
        <translation>Annuler la modification…</translation>
    </message>
    <message>
        <source>Re-check plans</source>
        <translation>Revérifier les plans</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Plan when the index was recommended</source>
        <translation>Plan lors de la recommandation de l&apos;index</translation>
    </message>
    <message>
        <source>Plan now</source>
        <translation>Plan actuel</translation>
    </message>
    <message>
        <source>Plans the statements the index was built for as they run now, next to their plans when it was recommended.</source>
        <translation>Planifie les requêtes pour lesquelles l&apos;index a été construit telles qu&apos;elles s&apos;exécutent aujourd&apos;hui, à côté de leurs plans au moment de la recommandation.</translation>
    </message>
    <message>
        <source>Plans of:</source>
        <translation>Plans de :</translation>
    </message>
    <message>
        <source>Drops the index with DROP INDEX CONCURRENTLY after you confirm, and records it.</source>
        <translation>Supprime l&apos;index avec DROP INDEX CONCURRENTLY après votre confirmation, et l&apos;enregistre dans le journal.</translation>
    </message>
    <message>
        <source>Plans of the statements %1 was built for, then and now</source>
        <translation>Plans des requêtes pour lesquelles %1 a été construit, alors et maintenant</translation>
    </message>
    <message>
        <source>Cost then</source>
        <translation>Coût alors</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Statement to re-check</source>
        <translation>Requête à revérifier</translation>
    </message>
    <message>
        <source>Plan when the index was recommended and plan now</source>
        <translation>Plan au moment de la recommandation de l&apos;index et plan actuel</translation>
    </message>
</context>
<context>
    <name>sonde::IndexFindingModel</name>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>redundant</source>
        <translation>redondant</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>inutilisé</translation>
    </message>
    <message>
        <source>foreign key without index</source>
        <translation>clé étrangère sans index</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Index / constraint</source>
        <translation>Index / contrainte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>sonde::LiveBenchmarkChart</name>
    <message>
        <source>Throughput (tx/s)</source>
        <translation>Débit (tx/s)</translation>
    </message>
    <message>
        <source>Latency p50 (ms)</source>
        <translation>Latence p50 (ms)</translation>
    </message>
    <message>
        <source>Latency p99 (ms)</source>
        <translation>Latence p99 (ms)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>transactions/s</source>
        <translation>transactions/s</translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation>latence (ms)</translation>
    </message>
    <message>
        <source>Warming up — not counted</source>
        <translation>Préchauffage — non comptabilisé</translation>
    </message>
    <message>
        <source>Throughput and latency of the run</source>
        <translation>Débit et latence de l’exécution</translation>
    </message>
    <message>
        <source>Latency p90 (ms)</source>
        <translation>Latence p90 (ms)</translation>
    </message>
    <message>
        <source>Throughput and latency of the run, second by second</source>
        <translation>Débit et latence de l&apos;exécution, seconde par seconde</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Run #%1</source>
        <translation>Exécution n° %1</translation>
    </message>
    <message>
        <source>Run #%1 — %2</source>
        <translation>Exécution n° %1 — %2</translation>
    </message>
</context>
<context>
    <name>sonde::LocalHistory</name>
    <message>
        <source>Sonde&apos;s history holds nothing of these servers between %1 and %2.</source>
        <translation>L’historique de Sonde ne contient rien de ces serveurs entre %1 et %2.</translation>
    </message>
</context>
<context>
    <name>sonde::MachineFactsBar</name>
    <message>
        <source>e.g. 16GB</source>
        <translation>par ex. 16GB</translation>
    </message>
    <message>
        <source>RAM of the server&apos;s machine</source>
        <translation>RAM de la machine du serveur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>CPU cores of the server&apos;s machine</source>
        <translation>Cœurs de la machine du serveur</translation>
    </message>
    <message>
        <source>SSD</source>
        <translation>SSD</translation>
    </message>
    <message>
        <source>spinning disks</source>
        <translation>disques rotatifs</translation>
    </message>
    <message>
        <source>Storage of the server&apos;s data</source>
        <translation>Stockage des données du serveur</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Cette machine</translation>
    </message>
    <message>
        <source>Use the RAM, cores and disk of the computer Sonde runs on: right when the server runs here.</source>
        <translation>Utiliser la RAM, les cœurs et le disque de l&apos;ordinateur où tourne Sonde : juste quand le serveur tourne ici.</translation>
    </message>
    <message>
        <source>Server machine — RAM:</source>
        <translation>Machine du serveur — RAM :</translation>
    </message>
    <message>
        <source>cores:</source>
        <translation>cœurs :</translation>
    </message>
    <message>
        <source>storage:</source>
        <translation>stockage :</translation>
    </message>
    <message>
        <source>given by you</source>
        <translation>donné par vous</translation>
    </message>
    <message>
        <source>RAM: %1</source>
        <translation>RAM : %1</translation>
    </message>
    <message>
        <source>cores: %1</source>
        <translation>cœurs : %1</translation>
    </message>
    <message>
        <source>storage: %1</source>
        <translation>stockage : %1</translation>
    </message>
    <message>
        <source>PostgreSQL cannot tell its machine: give RAM and cores to have memory and parallelism checked.</source>
        <translation>PostgreSQL ne connaît pas sa machine : donnez la RAM et les cœurs pour contrôler la mémoire et le parallélisme.</translation>
    </message>
</context>
<context>
    <name>sonde::MainWindow</name>
    <message>
        <source>Sonde</source>
        <translation>Sonde</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Start the &amp;demo</source>
        <translation>Lancer la &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Sonde</source>
        <translation>À &amp;propos de Sonde</translation>
    </message>
    <message>
        <source>About Sonde</source>
        <translation>À propos de Sonde</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sonde %1&lt;/b&gt;&lt;p&gt;A database performance console for PostgreSQL, PgBouncer and Redis.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Sonde %1&lt;/b&gt;&lt;p&gt;Une console de performance des bases de données pour PostgreSQL, PgBouncer et Redis.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation>Démarrage du bac à sable de démo…</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>La démo n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>Demo PostgreSQL</source>
        <translation>PostgreSQL de démo</translation>
    </message>
    <message>
        <source>Demo PgBouncer</source>
        <translation>PgBouncer de démo</translation>
    </message>
    <message>
        <source>Demo Redis</source>
        <translation>Redis de démo</translation>
    </message>
    <message>
        <source>Demo sandbox running in %1</source>
        <translation>Bac à sable de démo en cours d&apos;exécution dans %1</translation>
    </message>
    <message>
        <source>Stopping the demo servers…</source>
        <translation>Arrêt des serveurs de démo…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Slow queries</source>
        <translation>Requêtes lentes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Index advice</source>
        <translation>Conseils d&apos;index</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Comparer des exécutions</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Redis slow log: %1</source>
        <translation>Slow log Redis : %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>This view has nothing to search.</source>
        <translation>Cette vue n’a rien à rechercher.</translation>
    </message>
    <message>
        <source>&amp;Explain the selected statement</source>
        <translation>&amp;Expliquer la requête sélectionnée</translation>
    </message>
    <message>
        <source>Select a statement first (in Slow queries or Sessions), or type one in Plan.</source>
        <translation>Sélectionnez d’abord une requête (dans Requêtes lentes ou Sessions), ou saisissez-en une dans Plan.</translation>
    </message>
    <message>
        <source>&amp;Copy the statement&apos;s text</source>
        <translation>&amp;Copier le texte de la requête</translation>
    </message>
    <message>
        <source>Statement copied to the clipboard.</source>
        <translation>Requête copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Select a statement first.</source>
        <translation>Sélectionnez d’abord une requête.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Aller à…</translation>
    </message>
    <message>
        <source>&amp;Pause or resume the charts</source>
        <translation>&amp;Mettre en pause ou reprendre les graphiques</translation>
    </message>
    <message>
        <source>Charts live again.</source>
        <translation>Graphiques de nouveau en direct.</translation>
    </message>
    <message>
        <source>Charts paused (sampling goes on).</source>
        <translation>Graphiques en pause (l’échantillonnage continue).</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Rafraîchir maintenant</translation>
    </message>
    <message>
        <source>This view refreshes by itself.</source>
        <translation>Cette vue se rafraîchit d’elle-même.</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies the next time Sonde starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Sonde.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Seeding demo data… %1 %</source>
        <translation>Remplissage des données de démo… %1 %</translation>
    </message>
    <message>
        <source>Demo servers running in %1</source>
        <translation>Serveurs de démo en cours d’exécution dans %1</translation>
    </message>
    <message>
        <source>%1 calls, mean %2</source>
        <translation>%1 appels, moyenne %2</translation>
    </message>
    <message>
        <source>&amp;Open a recording…</source>
        <translation>&amp;Ouvrir un enregistrement…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Start &amp;recording…</source>
        <translation>Démarrer un &amp;enregistrement…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>S&amp;top recording</source>
        <translation>&amp;Arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Enregistrement arrêté</translation>
    </message>
    <message>
        <source>Record into</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>Sonde recordings (*.sonde)</source>
        <translation>Enregistrements Sonde (*.sonde)</translation>
    </message>
    <message>
        <source>Start recording</source>
        <translation>Démarrer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Sonde will keep everything it samples from every server — the charts&apos; readings, pg_stat_statements, sessions and locks, the Redis slow log, events, alerts and your notes — in %1 until you stop.</source>
        <translation>Sonde conservera tout ce qu&apos;il relève sur chaque serveur — les mesures des graphiques, pg_stat_statements, les sessions et les verrous, le slow log Redis, les événements, les alertes et vos notes — dans %1 jusqu&apos;à l&apos;arrêt.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Leave statement texts out (to share outside the team)</source>
        <translation>Omettre les textes des requêtes (pour partager hors de l&apos;équipe)</translation>
    </message>
    <message>
        <source>Cannot record</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Recording saved: %1 (open it with File → Open a recording…).</source>
        <translation>Enregistrement sauvegardé : %1 (ouvrez-le avec Fichier → Ouvrir un enregistrement…).</translation>
    </message>
    <message>
        <source>The recording %1 could not be finished: %2</source>
        <translation>L&apos;enregistrement %1 n&apos;a pas pu être terminé : %2</translation>
    </message>
    <message>
        <source>● Recording to %1 — %2:%3</source>
        <translation>● Enregistrement dans %1 — %2:%3</translation>
    </message>
    <message>
        <source>The dashboard shows what Sonde kept of %1 before it was started.</source>
        <translation>Le tableau de bord montre ce que Sonde a gardé de %1 avant son démarrage.</translation>
    </message>
    <message>
        <source>Sonde stopped keeping the history of %1: %2</source>
        <translation>Sonde a cessé de garder l’historique de %1 : %2</translation>
    </message>
    <message>
        <source>Sa&amp;ve a recording…</source>
        <translation>Sau&amp;vegarder un enregistrement…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Save a recording</source>
        <translation>Sauvegarder un enregistrement</translation>
    </message>
    <message>
        <source>Sonde keeps no history: turn it on in File → History…, or record from now on with File → Start recording….</source>
        <translation>Sonde ne garde pas d’historique : activez-le dans Fichier → Historique…, ou enregistrez à partir de maintenant avec Fichier → Démarrer l’enregistrement….</translation>
    </message>
    <message>
        <source>Save the recording as</source>
        <translation>Sauvegarder l’enregistrement sous</translation>
    </message>
    <message>
        <source>Saving the recording %1…</source>
        <translation>Écriture de l’enregistrement %1…</translation>
    </message>
    <message>
        <source>Cannot save the recording</source>
        <translation>Impossible d’écrire l’enregistrement</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Keep a local history of every server watched</source>
        <translation>&amp;Garder un historique local de chaque serveur surveillé</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> MiB per server</source>
        <translation> Mio par serveur</translation>
    </message>
    <message>
        <source>Kept in %1, readable by you only. The dashboard opens with it; File → Save a recording… writes a range of it to hand on.</source>
        <translation>Gardé dans %1, lisible par vous seul. Le tableau de bord s’ouvre avec ; Fichier → Sauvegarder un enregistrement… en écrit une plage à transmettre.</translation>
    </message>
    <message>
        <source>Keep &amp;for:</source>
        <translation>Garder &amp;pendant :</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Au &amp;plus :</translation>
    </message>
    <message>
        <source>Demo Prometheus</source>
        <translation>Prometheus de démo</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Parc</translation>
    </message>
    <message numerus="yes">
        <source>History of %1 from %2: %n reading(s).</source>
        <translation>
            <numerusform>Historique de %1 lu dans %2 : %n relevé.</numerusform>
            <numerusform>Historique de %1 lu dans %2 : %n relevés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonde::OverviewPage</name>
    <message>
        <source>Demo application</source>
        <translation>Application de démo</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes applicatives</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Taux de succès du cache</translation>
    </message>
    <message>
        <source>Database queries</source>
        <translation>Requêtes SQL</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Rafraîchir</translation>
    </message>
    <message>
        <source>Read every target&apos;s overview again</source>
        <translation>Relire la vue d’ensemble de chaque cible</translation>
    </message>
    <message>
        <source>Current alerts</source>
        <translation>Alertes en cours</translation>
    </message>
    <message>
        <source>No alert: every metric is within its thresholds.</source>
        <translation>Aucune alerte : chaque métrique est dans ses seuils.</translation>
    </message>
    <message>
        <source>Could not read the overview: %1</source>
        <translation>Impossible de lire la vue d’ensemble : %1</translation>
    </message>
    <message>
        <source>Not connected: start the demo or connect to a server.</source>
        <translation>Non connecté : lancez la démo ou connectez-vous à un serveur.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Reading the overview…</source>
        <translation>Lecture de la vue d’ensemble…</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Lu à %1</translation>
    </message>
</context>
<context>
    <name>sonde::PgBouncerPoolModel</name>
    <message numerus="yes">
        <source>%n client(s) wait for a server connection: the pool is saturated.</source>
        <translation>
            <numerusform>%n client attend une connexion serveur : le pool est saturé.</numerusform>
            <numerusform>%n clients attendent une connexion serveur : le pool est saturé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Clients active</source>
        <translation>Clients actifs</translation>
    </message>
    <message>
        <source>Clients waiting</source>
        <translation>Clients en attente</translation>
    </message>
    <message>
        <source>Servers active</source>
        <translation>Serveurs actifs</translation>
    </message>
    <message>
        <source>Servers idle</source>
        <translation>Serveurs inactifs</translation>
    </message>
    <message>
        <source>Servers used</source>
        <translation>Serveurs utilisés</translation>
    </message>
    <message>
        <source>Pool size</source>
        <translation>Taille du pool</translation>
    </message>
    <message>
        <source>Server use</source>
        <translation>Utilisation serveurs</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attente max</translation>
    </message>
</context>
<context>
    <name>sonde::PgBouncerSampler</name>
    <message>
        <source>%1 answered, but it is not a PgBouncer admin console (connect to the database &quot;pgbouncer&quot; as a user listed in admin_users or stats_users).</source>
        <translation>%1 a répondu, mais ce n&apos;est pas une console d&apos;administration PgBouncer (connectez-vous à la base &quot;pgbouncer&quot; avec un utilisateur listé dans admin_users ou stats_users).</translation>
    </message>
    <message>
        <source>SHOW DATABASES / SHOW CONFIG failed (%1): pool sizes are unknown.</source>
        <translation>SHOW DATABASES / SHOW CONFIG a échoué (%1) : tailles des pools inconnues.</translation>
    </message>
    <message>
        <source>%1: PgBouncer&apos;s totals went backwards (restart or RELOAD of a database): rates restart from the next reading</source>
        <translation>%1 : les totaux de PgBouncer ont reculé (redémarrage ou RELOAD d&apos;une base) : les taux repartent du prochain relevé</translation>
    </message>
</context>
<context>
    <name>sonde::PlanDiffView</name>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>Plan before</source>
        <translation>Plan avant</translation>
    </message>
    <message>
        <source>Plan after</source>
        <translation>Plan après</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Keep a plan as the baseline, then explain again (for example after creating an index) to compare the two.</source>
        <translation>Gardez un plan comme référence, puis relancez EXPLAIN (par exemple après avoir créé un index) pour comparer les deux.</translation>
    </message>
</context>
<context>
    <name>sonde::PlanGraphView</name>
    <message>
        <source>Plan graph</source>
        <translation>Graphe du plan</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Pas encore de plan</translation>
    </message>
    <message>
        <source>zoomed in: double-click the top block or press Escape to zoom out</source>
        <translation>zoom avant : double-cliquez sur le bloc du haut ou appuyez sur Échap pour dézoomer</translation>
    </message>
</context>
<context>
    <name>sonde::PlanPage</name>
    <message>
        <source>Buffers</source>
        <translation>Buffers</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Expliquer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Keep as &amp;baseline</source>
        <translation>Garder comme &amp;référence</translation>
    </message>
    <message>
        <source>A statement to explain — with real values, or with $1 parameters as pg_stat_statements shows it</source>
        <translation>Une requête à expliquer — avec des valeurs réelles, ou avec des paramètres $1 comme les affiche pg_stat_statements</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Plan only (generic plan for $1 parameters)</source>
        <translation>Plan seul (plan générique pour les paramètres $1)</translation>
    </message>
    <message>
        <source>Run it: EXPLAIN ANALYZE, rolled back</source>
        <translation>L&apos;exécuter : EXPLAIN ANALYZE, puis ROLLBACK</translation>
    </message>
    <message>
        <source>How to explain</source>
        <translation>Mode d&apos;explication</translation>
    </message>
    <message>
        <source>With ANALYZE: count the blocks each node read or found in cache</source>
        <translation>Avec ANALYZE : compter les blocs que chaque nœud a lus ou trouvés en cache</translation>
    </message>
    <message>
        <source>Compare the next plan with this one (for example before and after an index)</source>
        <translation>Comparer le prochain plan avec celui-ci (par exemple avant et après un index)</translation>
    </message>
    <message>
        <source>Open plan…</source>
        <translation>Ouvrir un plan…</translation>
    </message>
    <message>
        <source>Read a saved EXPLAIN (FORMAT JSON) output</source>
        <translation>Lire une sortie EXPLAIN (FORMAT JSON) enregistrée</translation>
    </message>
    <message>
        <source>Paste plan</source>
        <translation>Coller un plan</translation>
    </message>
    <message>
        <source>Read an EXPLAIN (FORMAT JSON) output from the clipboard</source>
        <translation>Lire une sortie EXPLAIN (FORMAT JSON) depuis le presse-papiers</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Compare with baseline</source>
        <translation>Comparer avec la référence</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>pasted plan</source>
        <translation>plan collé</translation>
    </message>
    <message>
        <source>No PostgreSQL target: start the demo or connect to a server.</source>
        <translation>Aucune cible PostgreSQL : lancez la démo ou connectez-vous à un serveur.</translation>
    </message>
    <message>
        <source>Run a statement that writes?</source>
        <translation>Exécuter une requête qui écrit ?</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE runs the statement, and this one writes. Sonde runs it inside a transaction and rolls it back, so its changes are undone — but it takes its locks while it runs, sequences it uses stay advanced, and anything it does outside the database (a trigger sending mail…) happens.

Run it on %1?</source>
        <translation>EXPLAIN ANALYZE exécute la requête, et celle-ci écrit. Sonde l&apos;exécute dans une transaction puis fait un ROLLBACK, donc ses modifications sont défaites — mais elle prend ses verrous pendant son exécution, les séquences qu&apos;elle utilise restent avancées, et tout ce qu&apos;elle fait hors de la base (un trigger qui envoie un mail…) a bien lieu.

L&apos;exécuter sur %1 ?</translation>
    </message>
    <message>
        <source>Explaining on %1…</source>
        <translation>EXPLAIN en cours sur %1…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Generic plan (parameters unknown)</source>
        <translation>Plan générique (paramètres inconnus)</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE at %1, rolled back</source>
        <translation>EXPLAIN ANALYZE à %1, suivi d&apos;un ROLLBACK</translation>
    </message>
    <message>
        <source>Planner&apos;s estimate</source>
        <translation>Estimation du planificateur</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n constat.</numerusform>
            <numerusform>%n constats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>Lu : %1.</translation>
    </message>
    <message>
        <source>Kept as the baseline: the next plan is compared with it.</source>
        <translation>Gardé comme référence : le prochain plan sera comparé à celui-ci.</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>EXPLAIN JSON (*.json *.txt);;All files (*)</source>
        <translation>EXPLAIN JSON (*.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Plan as JSON</source>
        <translation>Plan en JSON</translation>
    </message>
</context>
<context>
    <name>sonde::PlanTreeModel</name>
    <message>
        <source>Actual rows / estimated rows per loop: ↑ more rows than the planner expected, ↓ fewer. Marked from 10×.</source>
        <translation>Lignes réelles / lignes estimées par boucle : ↑ plus de lignes que prévu par le planificateur, ↓ moins. Signalé à partir de 10×.</translation>
    </message>
    <message>
        <source>Time spent in this node itself, without its children (over all loops).</source>
        <translation>Temps passé dans ce nœud lui-même, hors enfants (sur toutes les boucles).</translation>
    </message>
    <message>
        <source>Time of this node including its children (over all loops).</source>
        <translation>Temps de ce nœud, enfants compris (sur toutes les boucles).</translation>
    </message>
    <message>
        <source>Share of the statement&apos;s time spent in this node itself (of the cost when the plan was not run with ANALYZE).</source>
        <translation>Part du temps de la requête passée dans ce nœud lui-même (part du coût si le plan n&apos;a pas été exécuté avec ANALYZE).</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Rows (est.)</source>
        <translation>Lignes (est.)</translation>
    </message>
    <message>
        <source>Rows (actual)</source>
        <translation>Lignes (réel)</translation>
    </message>
    <message>
        <source>Misestimate</source>
        <translation>Erreur d&apos;estimation</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>Boucles</translation>
    </message>
    <message>
        <source>Excl. time</source>
        <translation>Temps excl.</translation>
    </message>
    <message>
        <source>Incl. time</source>
        <translation>Temps incl.</translation>
    </message>
    <message>
        <source>% time</source>
        <translation>% temps</translation>
    </message>
    <message>
        <source>% cost</source>
        <translation>% coût</translation>
    </message>
    <message>
        <source>Excl. cost</source>
        <translation>Coût excl.</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>Buffers</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source> (never executed)</source>
        <translation> (jamais exécuté)</translation>
    </message>
    <message>
        <source>hit %1, read %2</source>
        <translation>en cache %1, lus %2</translation>
    </message>
    <message>
        <source>, temp %1</source>
        <translation>, temp %1</translation>
    </message>
    <message>
        <source>Time: %1 with children, %2 itself (%3 of the statement)</source>
        <translation>Temps : %1 avec les enfants, %2 propre (%3 de la requête)</translation>
    </message>
    <message>
        <source>Rows: %1 estimated, %2 actual per loop (%3 %4)</source>
        <translation>Lignes : %1 estimées, %2 réelles par boucle (%3 %4)</translation>
    </message>
    <message>
        <source>more</source>
        <translation>plus</translation>
    </message>
    <message>
        <source>fewer</source>
        <translation>moins</translation>
    </message>
</context>
<context>
    <name>sonde::PlanTreeView</name>
    <message>
        <source>Plan tree</source>
        <translation>Arbre du plan</translation>
    </message>
</context>
<context>
    <name>sonde::PlanView</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Node details</source>
        <translation>Détails du nœud</translation>
    </message>
    <message>
        <source>Select a node to see everything EXPLAIN said about it.</source>
        <translation>Sélectionnez un nœud pour voir tout ce qu&apos;EXPLAIN en dit.</translation>
    </message>
    <message>
        <source>&lt;i&gt;No plan: explain a statement, or open a saved EXPLAIN (FORMAT JSON) output.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun plan : expliquez une requête, ou ouvrez une sortie EXPLAIN (FORMAT JSON) enregistrée.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Execution &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Exécution &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>planning %1</source>
        <translation>planification %1</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>coût %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>estimates only (no ANALYZE): shares are of the cost</source>
        <translation>estimations seules (sans ANALYZE) : les parts portent sur le coût</translation>
    </message>
    <message>
        <source>No problem found in this plan.</source>
        <translation>Aucun problème trouvé dans ce plan.</translation>
    </message>
</context>
<context>
    <name>sonde::PostgresSampler</name>
    <message>
        <source>Role &quot;%1&quot; lacks pg_read_all_stats: the statements and sessions of other roles are hidden or counted without their state. GRANT pg_monitor TO %1.</source>
        <translation>Le rôle &quot;%1&quot; n&apos;a pas pg_read_all_stats : les requêtes et sessions des autres rôles sont masquées ou comptées sans leur état. GRANT pg_monitor TO %1.</translation>
    </message>
    <message>
        <source>pg_stat_statements is not installed in database &quot;%1&quot;: latency and statement figures are unavailable. Run CREATE EXTENSION pg_stat_statements (it must also be in shared_preload_libraries).</source>
        <translation>pg_stat_statements n&apos;est pas installé dans la base &quot;%1&quot; : les chiffres de latence et de requêtes sont indisponibles. Lancez CREATE EXTENSION pg_stat_statements (l&apos;extension doit aussi figurer dans shared_preload_libraries).</translation>
    </message>
    <message>
        <source>pg_stat_statements is installed but cannot be read: %1 Add it to shared_preload_libraries and restart the server.</source>
        <translation>pg_stat_statements est installé mais illisible : %1 Ajoutez-le à shared_preload_libraries et redémarrez le serveur.</translation>
    </message>
    <message>
        <source>%1: the server restarted: rates restart from the next reading</source>
        <translation>%1 : le serveur a redémarré : les taux repartent du prochain relevé</translation>
    </message>
    <message>
        <source>%1: database statistics were reset (pg_stat_reset)</source>
        <translation>%1 : les statistiques de la base ont été réinitialisées (pg_stat_reset)</translation>
    </message>
    <message>
        <source>%1: pg_stat_statements was reset</source>
        <translation>%1 : pg_stat_statements a été réinitialisé</translation>
    </message>
    <message>
        <source>&lt;statements of another role: no pg_read_all_stats&gt;</source>
        <translation>&lt;requêtes d&apos;un autre rôle : pas de pg_read_all_stats&gt;</translation>
    </message>
    <message>
        <source>pg_stat_statements cannot be read on %1.</source>
        <translation>pg_stat_statements ne peut pas être lu sur %1.</translation>
    </message>
</context>
<context>
    <name>sonde::ProfileForm</name>
    <message>
        <source>TLS (rediss://)</source>
        <translation>TLS (rediss://)</translation>
    </message>
    <message>
        <source>Remember in the keychain</source>
        <translation>Retenir dans le trousseau</translation>
    </message>
    <message>
        <source>Read-only: never change anything on this server</source>
        <translation>Lecture seule : ne jamais rien modifier sur ce serveur</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Remplir</translation>
    </message>
    <message>
        <source>PgBouncer admin console</source>
        <translation>Console d&apos;administration PgBouncer</translation>
    </message>
    <message>
        <source>A service from pg_service.conf: libpq takes host, port, database and more from it.</source>
        <translation>Un service de pg_service.conf : libpq en tire l&apos;hôte, le port, la base de données, etc.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>database the applications use through PgBouncer</source>
        <translation>base que les applications utilisent via PgBouncer</translation>
    </message>
    <message>
        <source>Paste a URI</source>
        <translation>Coller une URI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Pooled database</source>
        <translation>Base du pool</translation>
    </message>
    <message>
        <source>Database number</source>
        <translation>Numéro de base</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>Mode SSL</translation>
    </message>
    <message>
        <source>More libpq options</source>
        <translation>Autres options libpq</translation>
    </message>
    <message>
        <source>An ACL user (Redis 6+); leave empty for the default user.</source>
        <translation>Un utilisateur ACL (Redis 6+) ; laissez vide pour l&apos;utilisateur par défaut.</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (d&apos;après %2)</translation>
    </message>
    <message>
        <source>✔ %1 has a password for %2@%3:%4/%5: leave the password empty.</source>
        <translation>✔ %1 contient un mot de passe pour %2@%3:%4/%5 : laissez le mot de passe vide.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot;: libpq fills the empty fields from pg_service.conf.</source>
        <translation>Service &quot;%1&quot; : libpq remplit les champs vides depuis pg_service.conf.</translation>
    </message>
    <message>
        <source>Prometheus (a fleet&apos;s history)</source>
        <translation>Prometheus (historique d&apos;un parc)</translation>
    </message>
    <message>
        <source>Path prefix</source>
        <translation>Préfixe de chemin</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Basic authentication&apos;s user; leave empty for none, or to send the password as a bearer token.</source>
        <translation>Utilisateur de l&apos;authentification Basic ; laissez vide pour n&apos;en utiliser aucune, ou pour envoyer le mot de passe comme jeton bearer.</translation>
    </message>
    <message>
        <source>Basic authentication&apos;s password; with no user, a bearer token. Kept in the keychain.</source>
        <translation>Mot de passe de l&apos;authentification Basic ; sans utilisateur, un jeton bearer. Conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>none (or /prometheus behind a proxy)</source>
        <translation>aucun (ou /prometheus derrière un proxy)</translation>
    </message>
</context>
<context>
    <name>sonde::ProfileListModel</name>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
</context>
<context>
    <name>sonde::PrometheusSampler</name>
    <message>
        <source>Prometheus scrapes no instance %1 (job %2) now: its history shows, but nothing new comes.</source>
        <translation>Prometheus ne collecte plus d&apos;instance %1 (job %2) : son historique s&apos;affiche, mais rien de nouveau n&apos;arrive.</translation>
    </message>
    <message>
        <source>Prometheus fires %1</source>
        <translation>Prometheus déclenche %1</translation>
    </message>
    <message>
        <source>Prometheus fires %1 on %2</source>
        <translation>Prometheus déclenche %1 sur %2</translation>
    </message>
</context>
<context>
    <name>sonde::ProveItWizard</name>
    <message>
        <source>Prove it: before, apply, after</source>
        <translation>Le prouver : avant, application, après</translation>
    </message>
    <message>
        <source>1. Benchmark before the change</source>
        <translation>1. Benchmark avant la modification</translation>
    </message>
    <message>
        <source>3. Benchmark again</source>
        <translation>3. Nouveau benchmark</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Runs the benchmark as configured on the benchmark page and keeps it as the &quot;before&quot; run.</source>
        <translation>Lance le benchmark tel que configuré sur la page Benchmark et le garde comme exécution « avant ».</translation>
    </message>
    <message>
        <source>Runs the same benchmark again, now with the changes applied, and records the applied statements with it.</source>
        <translation>Relance le même benchmark, cette fois avec les modifications appliquées, et enregistre avec lui les instructions appliquées.</translation>
    </message>
    <message>
        <source>Run the &quot;before&quot; benchmark</source>
        <translation>Lancer le benchmark « avant »</translation>
    </message>
    <message>
        <source>Run the &quot;after&quot; benchmark</source>
        <translation>Lancer le benchmark « après »</translation>
    </message>
    <message>
        <source>2. Apply the recommendations</source>
        <translation>2. Appliquer les recommandations</translation>
    </message>
    <message>
        <source>The statements run one by one on %1, each in its own transaction (CREATE INDEX CONCURRENTLY cannot run in one).</source>
        <translation>Les instructions s&apos;exécutent une par une sur %1, chacune dans sa propre transaction (CREATE INDEX CONCURRENTLY ne peut pas s&apos;exécuter dans une transaction).</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Appliquer…</translation>
    </message>
    <message>
        <source>Statements to apply (one per &quot;;&quot;):</source>
        <translation>Instructions à appliquer (une par &quot;;&quot;) :</translation>
    </message>
    <message>
        <source>Applying: %1</source>
        <translation>Application : %1</translation>
    </message>
    <message>
        <source>%1 is read-only: Sonde does not change it.</source>
        <translation>%1 est en lecture seule : Sonde ne le modifie pas.</translation>
    </message>
    <message>
        <source>4. The difference</source>
        <translation>4. La différence</translation>
    </message>
    <message>
        <source>Finish opens the side-by-side comparison, ready to export.</source>
        <translation>Terminer ouvre la comparaison côte à côte, prête à exporter.</translation>
    </message>
    <message>
        <source>Asking the advisor for recommendations…</source>
        <translation>Demande de recommandations au conseiller…</translation>
    </message>
    <message>
        <source>The advisor has no recommendation: type the statements to apply.</source>
        <translation>Le conseiller n&apos;a aucune recommandation : saisissez les instructions à appliquer.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) from the advisor.</source>
        <translation>
            <numerusform>%n recommandation du conseiller.</numerusform>
            <numerusform>%n recommandations du conseiller.</numerusform>
        </translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>The run ended: %1.</source>
        <translation>L&apos;exécution s&apos;est terminée : %1.</translation>
    </message>
    <message>
        <source>Nothing to apply: type or paste the statements first.</source>
        <translation>Rien à appliquer : saisissez ou collez d&apos;abord les instructions.</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Appliquer les modifications</translation>
    </message>
    <message numerus="yes">
        <source>Run these %n statement(s) on %1?

%2</source>
        <translation>
            <numerusform>Exécuter %n instruction sur %1 ?

%2</numerusform>
            <numerusform>Exécuter ces %n instructions sur %1 ?

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) applied; then: %1</source>
        <translation>
            <numerusform>%n instruction appliquée ; ensuite : %1</numerusform>
            <numerusform>%n instructions appliquées ; ensuite : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) applied.</source>
        <translation>
            <numerusform>%n instruction appliquée.</numerusform>
            <numerusform>%n instructions appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 tx/s, p99 %3</source>
        <translation>%1 : %2 tx/s, p99 %3</translation>
    </message>
    <message>
        <source>Run #%1: %2 tx/s, p50 %3, p99 %4, %5 errors.</source>
        <translation>Exécution #%1 : %2 tx/s, p50 %3, p99 %4, %5 erreurs.</translation>
    </message>
</context>
<context>
    <name>sonde::RecommendationDetails</name>
    <message>
        <source>Plan before</source>
        <translation>Plan avant</translation>
    </message>
    <message>
        <source>Plan after (hypothetical index)</source>
        <translation>Plan après (index hypothétique)</translation>
    </message>
    <message>
        <source>Plans of:</source>
        <translation>Plans de :</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Cost before</source>
        <translation>Coût avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Write cost</source>
        <translation>Coût en écriture</translation>
    </message>
    <message>
        <source>Revert:</source>
        <translation>Pour annuler :</translation>
    </message>
    <message>
        <source>Statement whose plans are shown</source>
        <translation>Requête dont les plans sont affichés</translation>
    </message>
    <message>
        <source>Plan before and plan with the index</source>
        <translation>Plan avant et plan avec l&apos;index</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Saves about %1 (%2 of the workload&apos;s time). Estimated size %3.</source>
        <translation>Fait gagner environ %1 (%2 du temps de la charge de travail). Taille estimée %3.</translation>
    </message>
</context>
<context>
    <name>sonde::RecommendationModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 ins/s, %2 upd/s%3</source>
        <translation>%1 ins/s, %2 maj/s%3</translation>
    </message>
    <message>
        <source>, breaks HOT</source>
        <translation>, casse HOT</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Of workload</source>
        <translation>Part de la charge</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Cost before → after</source>
        <translation>Coût avant → après</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Write cost</source>
        <translation>Coût en écriture</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>sonde::RecordedPlansPage</name>
    <message>
        <source>Shown at</source>
        <translation>Montré à</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>No plan was looked at up to the end of the dashboard&apos;s window.</source>
        <translation>Aucun plan consulté jusqu’à la fin de la fenêtre du tableau de bord.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) looked at up to the end of the dashboard&apos;s window.</source>
        <translation>
            <numerusform>%n plan consulté jusqu’à la fin de la fenêtre du tableau de bord.</numerusform>
            <numerusform>%n plans consultés jusqu’à la fin de la fenêtre du tableau de bord.</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan cannot be read: %1</source>
        <translation>Ce plan ne peut pas être lu : %1</translation>
    </message>
</context>
<context>
    <name>sonde::Recorder</name>
    <message>
        <source>Sonde is recording already.</source>
        <translation>Sonde enregistre déjà.</translation>
    </message>
</context>
<context>
    <name>sonde::RecordingWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>%1 — recording</source>
        <translation>%1 — enregistrement</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Sonde cannot open %1: %2</source>
        <translation>Sonde ne peut pas ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recording&lt;/b&gt; — read-only. %1</source>
        <translation>&lt;b&gt;Enregistrement&lt;/b&gt; — lecture seule. %1</translation>
    </message>
    <message>
        <source>Statement texts were left out.</source>
        <translation>Les textes des requêtes ont été omis.</translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation>Ouvrir un enregistrement</translation>
    </message>
    <message>
        <source>Sonde recordings (*.sonde);;All files (*)</source>
        <translation>Enregistrements Sonde (*.sonde);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Open a recording…</source>
        <translation>&amp;Ouvrir un enregistrement…</translation>
    </message>
    <message>
        <source>Showing its last hour; reading the rest…</source>
        <translation>Affichage de sa dernière heure ; lecture du reste…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Export a report…</source>
        <translation>&amp;Exporter un rapport…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Slow &amp;queries</source>
        <translation>Requêtes &amp;lentes</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Plans</translation>
    </message>
    <message>
        <source>Export a report of the window shown</source>
        <translation>Exporter un rapport de la fenêtre affichée</translation>
    </message>
    <message>
        <source>Writing the report %1…</source>
        <translation>Écriture du rapport %1…</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>sonde::RedisCommandModel</name>
    <message>
        <source>From INFO latencystats: the distribution since the last statistics reset.</source>
        <translation>D&apos;après INFO latencystats : la distribution depuis la dernière réinitialisation des statistiques.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Calls/s</source>
        <translation>Appels/s</translation>
    </message>
    <message>
        <source>Mean (ms)</source>
        <translation>Moyenne (ms)</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>p99.9 (ms)</source>
        <translation>p99.9 (ms)</translation>
    </message>
    <message>
        <source>Calls since reset</source>
        <translation>Appels depuis réinitialisation</translation>
    </message>
</context>
<context>
    <name>sonde::RedisSampler</name>
    <message>
        <source>The Redis URI is not valid: %1</source>
        <translation>L&apos;URI Redis n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>The Redis user may not run INFO: grant it +info (and +latency, +config|get, +slowlog) in its ACL.</source>
        <translation>L&apos;utilisateur Redis n&apos;a pas le droit d&apos;exécuter INFO : accordez-lui +info (et +latency, +config|get, +slowlog) dans son ACL.</translation>
    </message>
    <message>
        <source>Redis %1 has no INFO latencystats (Redis 7+): p50/p99 are unavailable.</source>
        <translation>Redis %1 n&apos;a pas INFO latencystats (Redis 7+) : p50/p99 indisponibles.</translation>
    </message>
    <message>
        <source>%1: latency event &quot;%2&quot; took %3 ms (max %4 ms)</source>
        <translation>%1 : l&apos;événement de latence &quot;%2&quot; a duré %3 ms (max %4 ms)</translation>
    </message>
    <message>
        <source>%1: Redis restarted: rates restart from the next reading</source>
        <translation>%1 : Redis a redémarré : les taux repartent du prochain relevé</translation>
    </message>
    <message>
        <source>%1: Redis statistics were reset (CONFIG RESETSTAT)</source>
        <translation>%1 : les statistiques Redis ont été réinitialisées (CONFIG RESETSTAT)</translation>
    </message>
    <message>
        <source>%1: Redis evicted %2 keys (maxmemory reached, policy %3)</source>
        <translation>%1 : Redis a évincé %2 clés (maxmemory atteint, politique %3)</translation>
    </message>
    <message>
        <source>The Redis user may not read the slow log: ACL SETUSER &lt;user&gt; +slowlog</source>
        <translation>L&apos;utilisateur Redis n&apos;a pas le droit de lire le journal des commandes lentes (slow log) : ACL SETUSER &lt;user&gt; +slowlog</translation>
    </message>
</context>
<context>
    <name>sonde::RedisSlowLogModel</name>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>sonde::RedisSlowLogPane</name>
    <message>
        <source>Redis slow log</source>
        <translation>Journal des commandes lentes Redis (slow log)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source> · logs commands slower than %1 (slowlog-log-slower-than)</source>
        <translation> · enregistre les commandes plus lentes que %1 (slowlog-log-slower-than)</translation>
    </message>
    <message>
        <source> · logs every command (slowlog-log-slower-than = 0)</source>
        <translation> · enregistre toutes les commandes (slowlog-log-slower-than = 0)</translation>
    </message>
    <message>
        <source>No Redis target.</source>
        <translation>Aucune cible Redis.</translation>
    </message>
    <message>
        <source>Reading the slow log of %1…</source>
        <translation>Lecture du journal des commandes lentes de %1…</translation>
    </message>
    <message>
        <source>The recording holds no slow-log readings of %1 up to here.</source>
        <translation>L’enregistrement ne contient aucune lecture du slow log de %1 jusqu’ici.</translation>
    </message>
</context>
<context>
    <name>sonde::RedisTlsForm</name>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Skip verification of the server&apos;s certificate (unsafe)</source>
        <translation>Ne pas vérifier le certificat du serveur (dangereux)</translation>
    </message>
    <message>
        <source>empty: the CAs this computer trusts</source>
        <translation>vide : les autorités reconnues par cet ordinateur</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>Certificat de l&apos;autorité (PEM)</translation>
    </message>
    <message>
        <source>only for servers that ask for one (mutual TLS)</source>
        <translation>seulement pour les serveurs qui en demandent un (TLS mutuel)</translation>
    </message>
    <message>
        <source>Client certificate (PEM)</source>
        <translation>Certificat client (PEM)</translation>
    </message>
    <message>
        <source>the client certificate&apos;s private key</source>
        <translation>la clé privée du certificat client</translation>
    </message>
    <message>
        <source>Client key (PEM)</source>
        <translation>Clé client (PEM)</translation>
    </message>
    <message>
        <source>only for an encrypted key; remembered in the keychain like the password</source>
        <translation>seulement pour une clé chiffrée ; retenue dans le trousseau comme le mot de passe</translation>
    </message>
    <message>
        <source>empty: the host name</source>
        <translation>vide : le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>The name sent to the server (SNI) and looked for in its certificate: set it when you connect by an address or a tunnel that is not in the certificate.</source>
        <translation>Le nom envoyé au serveur (SNI) et recherché dans son certificat : à indiquer quand vous vous connectez par une adresse ou un tunnel absents du certificat.</translation>
    </message>
    <message>
        <source>Encrypts without checking who answers. Only for a throw-away test server.</source>
        <translation>Chiffre sans vérifier qui répond. Seulement pour un serveur de test jetable.</translation>
    </message>
    <message>
        <source>▲ Unsafe: anyone in the network path can pose as this server.</source>
        <translation>▲ Dangereux : n&apos;importe qui sur le chemin réseau peut se faire passer pour ce serveur.</translation>
    </message>
    <message>
        <source>Sonde will not check the server&apos;s certificate: whoever answers gets the password and the data, and can change them.</source>
        <translation>Sonde ne vérifiera pas le certificat du serveur : quiconque répond obtient le mot de passe et les données, et peut les modifier.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Server name (SNI)</source>
        <translation>Nom du serveur (SNI)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Certificats et clés (*.pem *.crt *.cer *.key);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>sonde::Sampler</name>
    <message>
        <source>%1 offers no reading named &quot;%2&quot;.</source>
        <translation>%1 ne propose aucune lecture nommée &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>sonde::SaveRecordingDialog</name>
    <message>
        <source>Leave statement texts out (to share outside the team)</source>
        <translation>Omettre les textes des requêtes (pour partager hors de l’équipe)</translation>
    </message>
    <message>
        <source>Save a recording</source>
        <translation>Sauvegarder un enregistrement</translation>
    </message>
    <message>
        <source>What the dashboard shows (%1 to %2)</source>
        <translation>Ce que montre le tableau de bord (%1 à %2)</translation>
    </message>
    <message numerus="yes">
        <source>The last %n minute(s)</source>
        <translation>
            <numerusform>La dernière %n minute</numerusform>
            <numerusform>Les %n dernières minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything kept (since %1)</source>
        <translation>Tout ce qui est gardé (depuis %1)</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Plage :</translation>
    </message>
    <message>
        <source>The recording holds the servers&apos; charts, statements, sessions and locks, Redis slow log, events and notes of that range, as Sonde&apos;s history kept them. Never a password.</source>
        <translation>L’enregistrement contient les graphiques des serveurs, les requêtes, les sessions et verrous, le slow log Redis, les événements et les notes de cette plage, tels que l’historique de Sonde les a gardés. Jamais un mot de passe.</translation>
    </message>
</context>
<context>
    <name>sonde::SecretStore</name>
    <message>
        <source>No keychain is available (%1): passwords are kept in memory for this session only and asked for again next time.</source>
        <translation>Aucun trousseau disponible (%1) : les mots de passe sont gardés en mémoire pour cette session uniquement et redemandés la prochaine fois.</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s; it may be locked or waiting for an unlock prompt</source>
        <translation>le trousseau n&apos;a pas répondu en %1 s ; il est peut-être verrouillé ou en attente de déverrouillage</translation>
    </message>
    <message>
        <source>The password is saved in the keychain.</source>
        <translation>Le mot de passe est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>le trousseau n&apos;a pas répondu en %1 s</translation>
    </message>
</context>
<context>
    <name>sonde::ServerOverview</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>sonde::SessionModel</name>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>En attente de</translation>
    </message>
    <message>
        <source>Query time</source>
        <translation>Durée requête</translation>
    </message>
    <message>
        <source>Transaction time</source>
        <translation>Durée transaction</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Bloquée par</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Xmin age</source>
        <translation>Âge xmin</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>%1 (worker of %2)</source>
        <translation>%1 (worker de %2)</translation>
    </message>
</context>
<context>
    <name>sonde::SessionsPage</name>
    <message>
        <source>Client sessions only</source>
        <translation>Sessions client uniquement</translation>
    </message>
    <message>
        <source>&amp;Cancel query…</source>
        <translation>&amp;Annuler la requête…</translation>
    </message>
    <message>
        <source>&amp;Terminate session…</source>
        <translation>&amp;Terminer la session…</translation>
    </message>
    <message>
        <source>Search queries, users, applications, clients…</source>
        <translation>Rechercher requêtes, utilisateurs, applications, clients…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Blocking tree</source>
        <translation>Arbre des blocages</translation>
    </message>
    <message>
        <source>Who blocks whom</source>
        <translation>Qui bloque qui</translation>
    </message>
    <message>
        <source>No PostgreSQL target: start the demo or connect to a server.</source>
        <translation>Aucune cible PostgreSQL : lancez la démo ou connectez-vous à un serveur.</translation>
    </message>
    <message>
        <source>Read-only target: cancel and terminate are off.</source>
        <translation>Cible en lecture seule : annuler et terminer sont désactivés.</translation>
    </message>
    <message>
        <source>The target is read-only</source>
        <translation>La cible est en lecture seule</translation>
    </message>
    <message>
        <source>Terminate session %1 of %2 (%3)?

Its connection closes and its open transaction rolls back.

%4</source>
        <translation>Terminer la session %1 de %2 (%3) ?

Sa connexion sera fermée et sa transaction ouverte annulée.

%4</translation>
    </message>
    <message>
        <source>Cancel the query of session %1 of %2 (%3)?

The statement stops with an error; the session stays.

%4</source>
        <translation>Annuler la requête de la session %1 de %2 (%3) ?

La requête s&apos;arrêtera avec une erreur ; la session reste ouverte.

%4</translation>
    </message>
    <message>
        <source>Terminate session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <source>Terminating session %1…</source>
        <translation>Arrêt de la session %1…</translation>
    </message>
    <message>
        <source>Canceling the query of session %1…</source>
        <translation>Annulation de la requête de la session %1…</translation>
    </message>
    <message>
        <source>Session %1 terminated.</source>
        <translation>Session %1 terminée.</translation>
    </message>
    <message>
        <source>Query of session %1 canceled.</source>
        <translation>Requête de la session %1 annulée.</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Rechercher des sessions</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>%n session affichée</numerusform>
            <numerusform>%n sessions affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 active · %2 blocked · %3 idle in transaction · %4 running long</source>
        <translation>%1 actives · %2 bloquées · %3 inactives en transaction · %4 longues</translation>
    </message>
    <message numerus="yes">
        <source>%n of Sonde&apos;s own</source>
        <translation>
            <numerusform>%n de Sonde lui-même</numerusform>
            <numerusform>%n de Sonde lui-même</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n background process(es)</source>
        <translation>
            <numerusform>%n processus d&apos;arrière-plan</numerusform>
            <numerusform>%n processus d&apos;arrière-plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not matching the search</source>
        <translation>
            <numerusform>%n ne correspondant pas à la recherche</numerusform>
            <numerusform>%n ne correspondant pas à la recherche</numerusform>
        </translation>
    </message>
    <message>
        <source>(hidden: %1)</source>
        <translation>(masquées : %1)</translation>
    </message>
    <message>
        <source>The recording holds no sessions of %1 up to %2.</source>
        <translation>L’enregistrement ne contient aucune session de %1 jusqu’à %2.</translation>
    </message>
    <message>
        <source>As they were at %1 (the end of the dashboard&apos;s window), read every 5 s.</source>
        <translation>Telles qu’elles étaient à %1 (la fin de la fenêtre du tableau de bord), lues toutes les 5 s.</translation>
    </message>
    <message>
        <source>A recording: nothing to cancel or terminate.</source>
        <translation>Un enregistrement : rien à annuler ni à terminer.</translation>
    </message>
</context>
<context>
    <name>sonde::SlowQueriesPage</name>
    <message>
        <source>Flagged only</source>
        <translation>Signalées uniquement</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Since the marker</source>
        <translation>Depuis le repère</translation>
    </message>
    <message>
        <source>Since statistics reset</source>
        <translation>Depuis la réinitialisation des stats</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>slow above </source>
        <translation>lente au-delà de </translation>
    </message>
    <message>
        <source>Statements whose mean is above this are flagged slow</source>
        <translation>Les requêtes dont la moyenne dépasse cette valeur sont signalées comme lentes</translation>
    </message>
    <message>
        <source>Search statements, roles, databases…</source>
        <translation>Rechercher requêtes, rôles, bases…</translation>
    </message>
    <message>
        <source>Set &amp;marker</source>
        <translation>Poser un &amp;repère</translation>
    </message>
    <message>
        <source>Remember this moment: &quot;Since the marker&quot; then shows only what ran after it (for example after deploying a change)</source>
        <translation>Retenir cet instant : « Depuis le repère » n&apos;affiche alors que ce qui s&apos;est exécuté ensuite (par exemple après le déploiement d&apos;une modification)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Slow statements</source>
        <translation>Requêtes lentes</translation>
    </message>
    <message>
        <source>Benchmarks are not part of this build: the statement was not added.</source>
        <translation>Les benchmarks ne font pas partie de cette version : la requête n&apos;a pas été ajoutée.</translation>
    </message>
    <message>
        <source>Statement copied.</source>
        <translation>Requête copiée.</translation>
    </message>
    <message>
        <source>No PostgreSQL target: start the demo or connect to a server.</source>
        <translation>Aucune cible PostgreSQL : lancez la démo ou connectez-vous à un serveur.</translation>
    </message>
    <message>
        <source>Reading pg_stat_statements on %1…</source>
        <translation>Lecture de pg_stat_statements sur %1…</translation>
    </message>
    <message>
        <source>%1 → %2: %3 statements, %4 calls, %5 in all; %6 slow, %7 suspected N+1</source>
        <translation>%1 → %2 : %3 requêtes, %4 appels, %5 au total ; %6 lentes, %7 N+1 suspectées</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>réinit.</translation>
    </message>
    <message>
        <source>Search statements</source>
        <translation>Rechercher des requêtes</translation>
    </message>
    <message>
        <source>Slow threshold (mean, ms)</source>
        <translation>Seuil de lenteur (moyenne, ms)</translation>
    </message>
    <message>
        <source>The dashboard&apos;s window</source>
        <translation>La fenêtre du tableau de bord</translation>
    </message>
    <message>
        <source>The recording holds no pg_stat_statements readings of %1.</source>
        <translation>L’enregistrement ne contient aucune lecture de pg_stat_statements de %1.</translation>
    </message>
</context>
<context>
    <name>sonde::SlowQueryModel</name>
    <message>
        <source>Share of the time of all statements in the window.</source>
        <translation>Part du temps de toutes les requêtes dans la fenêtre.</translation>
    </message>
    <message>
        <source>The longest call in the window; &quot;≥&quot; marks a lower bound (the highest mean of a sampling interval) when no call beat the statement&apos;s earlier maximum.</source>
        <translation>L&apos;appel le plus long dans la fenêtre ; &quot;≥&quot; indique une borne inférieure (la plus haute moyenne d&apos;un intervalle d&apos;échantillonnage) quand aucun appel n&apos;a dépassé le maximum antérieur de la requête.</translation>
    </message>
    <message>
        <source>slow: mean above the threshold; N+1: a cheap single-row statement whose calls track another statement&apos;s, many times over.</source>
        <translation>lente : moyenne au-dessus du seuil ; N+1 : une requête peu coûteuse renvoyant une seule ligne, dont les appels suivent ceux d&apos;une autre requête, en bien plus grand nombre.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Temps total</translation>
    </message>
    <message>
        <source>% of time</source>
        <translation>% du temps</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Stddev</source>
        <translation>Écart type</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Rows/call</source>
        <translation>Lignes/appel</translation>
    </message>
    <message>
        <source>Shared hit</source>
        <translation>Hits partagés</translation>
    </message>
    <message>
        <source>Shared read</source>
        <translation>Lectures partagées</translation>
    </message>
    <message>
        <source>Temp written</source>
        <translation>Temp écrits</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>(text not available)</source>
        <translation>(texte indisponible)</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>lente</translation>
    </message>
    <message>
        <source>N+1 ×%1</source>
        <translation>N+1 ×%1</translation>
    </message>
    <message>
        <source>Runs about %1 times per call of: %2</source>
        <translation>S&apos;exécute environ %1 fois par appel de : %2</translation>
    </message>
</context>
<context>
    <name>sonde::StatementActivityModel</name>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Calls/s</source>
        <translation>Appels/s</translation>
    </message>
    <message>
        <source>Mean (ms)</source>
        <translation>Moyenne (ms)</translation>
    </message>
    <message>
        <source>Time in interval (ms)</source>
        <translation>Temps sur l&apos;intervalle (ms)</translation>
    </message>
    <message>
        <source>% of time</source>
        <translation>% du temps</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Cache hit %</source>
        <translation>Succès cache %</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Query ID</source>
        <translation>ID de requête</translation>
    </message>
</context>
<context>
    <name>sonde::StatementDetailsPane</name>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Expliquer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Add to &amp;benchmark</source>
        <translation>Ajouter au &amp;benchmark</translation>
    </message>
    <message>
        <source>Statement text</source>
        <translation>Texte de la requête</translation>
    </message>
    <message>
        <source>Show its plan (a generic plan for a statement with $1 parameters)</source>
        <translation>Afficher son plan (un plan générique pour une requête avec des paramètres $1)</translation>
    </message>
    <message>
        <source>Use this statement in a benchmark run</source>
        <translation>Utiliser cette requête dans une exécution de benchmark</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a statement to see its text, its latency over the window and what to do with it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez une requête pour voir son texte, sa latence sur la fenêtre et les actions possibles.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 calls&lt;/b&gt;, %2 in all (%3 of the window) · mean &lt;b&gt;%4&lt;/b&gt; · stddev %5 · max %6%7</source>
        <translation>&lt;b&gt;%1 appels&lt;/b&gt;, %2 au total (%3 de la fenêtre) · moyenne &lt;b&gt;%4&lt;/b&gt; · écart type %5 · max %6%7</translation>
    </message>
    <message>
        <source> (at least)</source>
        <translation> (au moins)</translation>
    </message>
    <message>
        <source>%1 rows per call · shared blocks: %2 hit, %3 read%4 · temp blocks written %5 · %6 on %7</source>
        <translation>%1 lignes par appel · blocs partagés : %2 en cache, %3 lus%4 · blocs temporaires écrits %5 · %6 sur %7</translation>
    </message>
    <message>
        <source> (%1 from cache)</source>
        <translation> (%1 depuis le cache)</translation>
    </message>
    <message>
        <source>Slow: its mean is above the threshold.</source>
        <translation>Lente : sa moyenne dépasse le seuil.</translation>
    </message>
    <message>
        <source>Suspected N+1: it runs about %1 times per call of “%2” — fetch those rows in one query (a join or WHERE id = ANY($1)).</source>
        <translation>N+1 suspecté : elle s&apos;exécute environ %1 fois par appel de “%2” — récupérez ces lignes en une seule requête (une jointure ou WHERE id = ANY($1)).</translation>
    </message>
</context>
<context>
    <name>sonde::StatementExampleBox</name>
    <message>
        <source>Example with real values</source>
        <translation>Exemple avec des valeurs réelles</translation>
    </message>
    <message>
        <source>Advise with this example</source>
        <translation>Conseiller avec cet exemple</translation>
    </message>
    <message>
        <source>Example of the statement with real values</source>
        <translation>Exemple de la requête avec des valeurs réelles</translation>
    </message>
    <message>
        <source>SELECT … WHERE email = &apos;user42@example.com&apos;</source>
        <translation>SELECT … WHERE email = &apos;user42@example.com&apos;</translation>
    </message>
    <message>
        <source>Sonde could not plan queryid %1 from its normalized text. Paste it as the application sent it, with real values: Sonde plans it with them.</source>
        <translation>Sonde n&apos;a pas pu planifier le queryid %1 d&apos;après son texte normalisé. Collez-la telle que l&apos;application l&apos;a envoyée, avec des valeurs réelles : Sonde la planifie avec elles.</translation>
    </message>
    <message>
        <source>Give exactly one statement.</source>
        <translation>Donnez exactement une requête.</translation>
    </message>
    <message>
        <source>The example does not parse: %1</source>
        <translation>L&apos;exemple ne peut pas être analysé : %1</translation>
    </message>
</context>
<context>
    <name>sonde::StatementSeriesChart</name>
    <message>
        <source>mean latency (ms)</source>
        <translation>latence moyenne (ms)</translation>
    </message>
    <message>
        <source>calls per second</source>
        <translation>appels par seconde</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>calls/s</source>
        <translation>appels/s</translation>
    </message>
    <message>
        <source>Statement latency and calls over the window</source>
        <translation>Latence et appels de la requête sur la fenêtre</translation>
    </message>
</context>
<context>
    <name>sonde::TargetPicker</name>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
</context>
<context>
    <name>sonde::TargetStatusStrip</name>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message numerus="yes">
        <source>%n limitation(s): hover for details</source>
        <translation>
            <numerusform>%n limitation : survolez pour les détails</numerusform>
            <numerusform>%n limitations : survolez pour les détails</numerusform>
        </translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur : %1</translation>
    </message>
</context>
<context>
    <name>sonde::ThresholdDialog</name>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chart&lt;/b&gt;</source>
        <translation>&lt;b&gt;Graphique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avertissement&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Critical&lt;/b&gt;</source>
        <translation>&lt;b&gt;Critique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>below</source>
        <translation>en dessous de</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus de</translation>
    </message>
    <message>
        <source> consecutive readings</source>
        <translation> relevés consécutifs</translation>
    </message>
    <message>
        <source>Alert after</source>
        <translation>Alerter après</translation>
    </message>
    <message>
        <source>Defaults from common practice: latency above 200 ms is a warning and above 500 ms critical; a cache hit rate below 60 % and pool or connection use above 90 % are warnings.</source>
        <translation>Valeurs par défaut selon l&apos;usage courant : une latence au-dessus de 200 ms est un avertissement, au-dessus de 500 ms elle est critique ; un taux de succès du cache sous 60 % et une utilisation des pools ou des connexions au-dessus de 90 % sont des avertissements.</translation>
    </message>
</context>
<context>
    <name>sonde::TimeSeriesChart</name>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>%1 (right axis)</source>
        <translation>%1 (axe de droite)</translation>
    </message>
    <message>
        <source>no target of this kind</source>
        <translation>aucune cible de ce type</translation>
    </message>
</context>
<context>
    <name>sonde::TimeSeriesChartView</name>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>Edit thresholds…</source>
        <translation>Modifier les seuils…</translation>
    </message>
    <message>
        <source>Add a note here…</source>
        <translation>Ajouter une note ici…</translation>
    </message>
</context>
<context>
    <name>sonde::TimeWindowBar</name>
    <message>
        <source>Window:</source>
        <translation>Fenêtre :</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>Show the last %1 on every chart</source>
        <translation>Afficher une fenêtre de %1 sur tous les graphiques</translation>
    </message>
    <message>
        <source>Live follows the present; pause to read or scrub back in time (sampling goes on).</source>
        <translation>Le direct suit le présent ; mettez en pause pour lire ou remonter dans le temps (l&apos;échantillonnage continue).</translation>
    </message>
    <message>
        <source>Drag to look back in time: every chart moves together.</source>
        <translation>Faites glisser pour remonter dans le temps : tous les graphiques se déplacent ensemble.</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Direct</translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation>❚❚ En pause</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Time scrub bar</source>
        <translation>Barre de défilement temporel</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Show the whole recording on every chart</source>
        <translation>Afficher tout l&apos;enregistrement sur chaque graphique</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 j</translation>
    </message>
</context>
<context>
    <name>sonde::TimelineEventModel</name>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>sonde::UnhelpedStatementModel</name>
    <message>
        <source>not parseable</source>
        <translation>non analysable</translation>
    </message>
    <message>
        <source>not a query</source>
        <translation>pas une requête</translation>
    </message>
    <message>
        <source>could not be planned</source>
        <translation>non planifiable</translation>
    </message>
    <message>
        <source>nothing to index</source>
        <translation>rien à indexer</translation>
    </message>
    <message>
        <source>already indexed</source>
        <translation>déjà indexée</translation>
    </message>
    <message>
        <source>too cheap</source>
        <translation>trop peu coûteuse</translation>
    </message>
    <message>
        <source>low selectivity</source>
        <translation>faible sélectivité</translation>
    </message>
    <message>
        <source>too little time</source>
        <translation>trop peu de temps</translation>
    </message>
    <message>
        <source>Of workload</source>
        <translation>Part de la charge</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>unknown table</source>
        <translation>table inconnue</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
</context>
<context>
    <name>sonde::WelcomePage</name>
    <message>
        <source>Welcome to Sonde</source>
        <translation>Bienvenue dans Sonde</translation>
    </message>
    <message>
        <source>Watch latency, cache hit rates and pool use live; find slow queries, read their plans, prove index advice and benchmark the difference.</source>
        <translation>Suivez en direct la latence, les taux de succès du cache et l&apos;utilisation des pools ; trouvez les requêtes lentes, lisez leurs plans, prouvez les conseils d&apos;index et mesurez la différence par benchmark.</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>Lancer la démo</translation>
    </message>
    <message>
        <source>Starts private PostgreSQL, PgBouncer and Redis servers with a seeded workload on this machine.</source>
        <translation>Démarre sur cette machine des serveurs PostgreSQL, PgBouncer et Redis privés, avec une charge de travail prête à l&apos;emploi.</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
</context>
</TS>
