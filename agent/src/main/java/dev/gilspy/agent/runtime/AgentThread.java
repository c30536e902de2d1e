package dev.gilspy.agent.runtime;

/**
 * A thread of the agent itself (sampler, knocker, ticker, metrics). The recorder ignores GIL takes
 * and drops made on these threads, so the knocker's probes never show up as application threads.
 */
public final class AgentThread extends Thread {
    public AgentThread(String name, Runnable body) {
        super(body, name);
        setDaemon(true);
    }

    public static boolean isCurrent() {
        return Thread.currentThread() instanceof AgentThread;
    }
}
