package uk.practicecheck.bench;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds' reading and evaluating cost per case, compared in one JVM: each build's classes are loaded by
 * a class loader of their own (with the same dependencies), and the rounds alternate A B, B A, ... so that
 * whatever the machine's load does falls on both alike. Prints each round and the medians, and the ratio
 * after ÷ before round by round: on a shared machine this separates two builds where separate runs cannot.
 * Arguments: BEFORE_CLASSES AFTER_CLASSES FILE [CASES, default 3000] [ROUNDS, default 12] [WARM-UP ROUNDS,
 * default 4]; the dependencies are this JVM's class path less its own classes (bench/paired.sh sets it). Not a test.
 */
public final class PairedBuilds {
    private PairedBuilds() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[2]);
        int cases = args.length > 3 ? Integer.parseInt(args[3]) : 3000;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 12;
        int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 4;
        List<byte[]> lines = new ArrayList<>();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && lines.size() < cases; line = in.readLine()) {
                lines.add(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        URL bench = PairedBuilds.class.getProtectionDomain().getCodeSource().getLocation();
        List<URL> dependencies = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            URL url = Path.of(entry).toUri().toURL();
            if (!url.equals(bench) && !entry.endsWith("classes") && !entry.endsWith("classes/")) {
                dependencies.add(url);
            }
        }
        ClassLoader[] loaders = new ClassLoader[2];
        Object[] builds = new Object[2];
        for (int b = 0; b < 2; b++) {
            List<URL> urls = new ArrayList<>();
            urls.add(Path.of(args[b]).toUri().toURL());
            urls.add(bench);
            urls.addAll(dependencies);
            // Not delegating to this JVM's class path: each build gets its own copy of everything.
            loaders[b] = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loaders[b]);
            builds[b] = loaders[b].loadClass("uk.practicecheck.bench.BuildRounds").getConstructor(List.class).newInstance(lines);
        }
        double[][] read = new double[2][rounds];
        double[][] evaluate = new double[2][rounds];
        double[][] evaluateKB = new double[2][rounds];
        for (int round = -warmUp; round < rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int b = (round & 1) == 0 ? turn : 1 - turn;
                Thread.currentThread().setContextClassLoader(loaders[b]);
                long[] figures = (long[]) builds[b].getClass().getMethod("round").invoke(builds[b]);
                if (round >= 0) {
                    read[b][round] = figures[0] / 1e3 / lines.size();
                    evaluate[b][round] = figures[1] / 1e3 / figures[4];
                    evaluateKB[b][round] = figures[3] / 1024.0 / figures[4];
                }
            }
            if (round >= 0) {
                System.out.printf("round %d: before read %.1f us, evaluate %.1f us, %.1f KB; after read %.1f us, evaluate %.1f us,"
                                + " %.1f KB; evaluate after/before %.3f%n", round, read[0][round], evaluate[0][round],
                        evaluateKB[0][round], read[1][round], evaluate[1][round], evaluateKB[1][round],
                        evaluate[1][round] / evaluate[0][round]);
            }
        }
        double[] readRatio = new double[rounds];
        double[] evaluateRatio = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            readRatio[round] = read[1][round] / read[0][round];
            evaluateRatio[round] = evaluate[1][round] / evaluate[0][round];
        }
        System.out.printf("%,d cases, %d rounds after %d, thread CPU and memory allocated per case, medians:%n"
                        + "  before: read %.2f us, evaluate %.2f us, evaluate allocates %.1f KB%n"
                        + "  after:  read %.2f us, evaluate %.2f us, evaluate allocates %.1f KB%n"
                        + "  after/before, round by round: read %.3f, evaluate %.3f (%.3f-%.3f), memory %.3f%n",
                lines.size(), rounds, warmUp, median(read[0]), median(evaluate[0]), median(evaluateKB[0]),
                median(read[1]), median(evaluate[1]), median(evaluateKB[1]), median(readRatio), median(evaluateRatio),
                Arrays.stream(evaluateRatio).min().orElse(0), Arrays.stream(evaluateRatio).max().orElse(0),
                median(evaluateKB[1]) / median(evaluateKB[0]));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
