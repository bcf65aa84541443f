package vn.dangvu.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.h2.store.fs.FileBaseDefault;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/// A file system for H2 that simulates a power cut (shared/reliability.md §7.3 #2). The technique is H2's own:
/// `org.h2.test.utils.FilePathReorderWrites` with `org.h2.test.poweroff.TestReorderWrites` in H2's test sources
/// (the same idea as SQLite's crash-test VFS, `src/test6.c`). This is a smaller rewrite of it, not a copy.
///
/// A path `powerloss:/dir/name.mv.db` wraps the ordinary disk path `/dir/name.mv.db`. Every channel opened through
/// it keeps two views of the file:
/// - the *cache*, in memory: what the running program reads back, with every write applied at once (the OS page
///   cache);
/// - the *disk*, the real file: a write reaches it only when the program calls [FileChannel#force] (H2's
///   `SingleFileStore.sync()`, i.e. `CHECKPOINT SYNC` or a clean close), or when the channel is closed normally.
///
/// The cut is a static trigger: [#arm] names the I/O operation (write, truncate or force, counted across all
/// channels from the arming; [#cutAfter] moves it) that never happens. At that moment the writes not yet forced
/// meet one of three fates ([Landing]), drawn with a seeded Random so that a failure can be replayed:
/// - [Landing#NONE]: all are lost (the disk's cache is simply gone);
/// - [Landing#PREFIX]: they land in the order they were issued up to a random 512-byte sector, the write there torn
///   (a disk that writes its cache in order);
/// - [Landing#SUBSET]: each sector piece of each write (and each truncate) lands with probability `keep`, the rest is
///   lost (a disk that reorders its cache: torn writes, a later chunk without an earlier one, a chunk's first and
///   last sector without its middle). Pieces are applied in issue order, so where they overlap the later one wins,
///   as in a write cache; any subset is a state such a disk may leave.
///
/// Forced data is never lost: the disk honours flushes. From the cut on, every operation on every channel of this
/// file system throws, and the real files are closed (their locks released), so the file can be reopened normally
/// in the same JVM.
///
/// Everything here is guarded by the class lock: H2 may read from several threads, and a cut touches all channels.
public final class PowerLossFilePath extends FilePathWrapper {

    static final String SCHEME = "powerloss";
    /// The unit of a torn write.
    static final int SECTOR = 512;

    private static final PowerLossFilePath INSTANCE = new PowerLossFilePath();
    private static final List<PowerLossChannel> OPEN = new ArrayList<>();
    /// Operations counted since the last arm or reset.
    private static long ops;
    /// The operation number that is cut, or 0 when unarmed.
    private static long cutAt;
    private static boolean cut;
    private static Random random = new Random(0);
    private static Landing landing = Landing.NONE;
    private static double keep;
    private static Cut lastCut;
    /// -Dpowerloss.trace=true prints every counted operation (to see how H2 writes and syncs).
    private static final boolean TRACE = Boolean.getBoolean("powerloss.trace");
    /// The operations since the last arm, one line each (kept for a finding).
    private static final List<String> LOG = new ArrayList<>();

    /// What becomes of the writes not yet forced when the power goes out.
    enum Landing {
        NONE, PREFIX, SUBSET
    }

    /// What the last cut did: the operation it hit, and how many unforced writes (and bytes) were lost or landed.
    record Cut(long op, String kind, String file, int unforcedOps, long unforcedBytes, int landedPieces, long landedBytes) {
    }

    /// Public for H2, which makes a new instance for every path it resolves.
    public PowerLossFilePath() {
    }

    /// Registers the "powerloss:" scheme (idempotent).
    static synchronized void register() {
        FilePath.register(INSTANCE);
    }

    /// The power goes out instead of operation number `cutAtOp` (1-based, counted from now; 0: only count);
    /// `keepProbability` is the chance that a sector lands under [Landing#SUBSET].
    static void arm(long cutAtOp, Random rnd, Landing fate, double keepProbability) {
        synchronized (PowerLossFilePath.class) {
            if (!OPEN.isEmpty()) {
                throw new IllegalStateException("arm before opening: " + OPEN);
            }
            ops = 0;
            LOG.clear();
            cutAt = cutAtOp;
            cut = false;
            random = rnd;
            landing = fate;
            keep = keepProbability;
            lastCut = null;
        }
    }

    /// Moves the cut to operation number `n` counted from now (n >= 1), e.g. at the start of a phase.
    static synchronized void cutAfter(long n) {
        cutAt = ops + n;
    }

    /// Power back on: forgets the trigger and the cut; channels still open after a cut stay dead.
    static void reset() {
        synchronized (PowerLossFilePath.class) {
            ops = 0;
            cutAt = 0;
            cut = false;
            lastCut = null;
            OPEN.clear();
        }
    }

    static synchronized long ops() {
        return ops;
    }

    static synchronized Cut lastCut() {
        return lastCut;
    }

    /// The operations since the last arm, and what the cut did.
    static synchronized List<String> log() {
        List<String> l = new ArrayList<>(LOG);
        if (lastCut != null) {
            l.add("cut: " + lastCut);
        }
        return l;
    }

    static synchronized int openChannels() {
        return OPEN.size();
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        synchronized (PowerLossFilePath.class) {
            if (cut) {
                throw new IOException("simulated power loss: no power");
            }
            PowerLossChannel ch = new PowerLossChannel(name, getBase().open(mode));
            OPEN.add(ch);
            return ch;
        }
    }

    /// Counts one operation; at the armed one the power goes out and this (and everything after it) throws.
    static void tick(String kind, PowerLossChannel on, long position, long length) throws IOException {
        alive();
        ops++;
        String line = String.format("op %d: %s %s @%d+%d (unforced before: %d)", ops, kind, on.name, position, length,
                on.unforced.size());
        LOG.add(line);
        if (TRACE) {
            System.out.println("powerloss " + line);
        }
        if (cutAt > 0 && ops >= cutAt) {
            powerCut(kind, on);
            throw new IOException("simulated power loss at operation " + ops + " (" + kind + ")");
        }
    }

    static void alive() throws IOException {
        if (cut) {
            throw new IOException("simulated power loss: no power");
        }
    }

    private static void powerCut(String kind, PowerLossChannel on) throws IOException {
        cut = true;
        int unforcedOps = 0;
        long unforcedBytes = 0;
        int landed = 0;
        long landedBytes = 0;
        for (PowerLossChannel ch : OPEN) {
            unforcedOps += ch.unforced.size();
            for (Op op : ch.unforced) {
                unforcedBytes += op.data == null ? 0 : op.data.length;
            }
            long[] l = ch.loseUnforced(random, landing, keep);
            landed += (int) l[0];
            landedBytes += l[1];
        }
        OPEN.clear();
        lastCut = new Cut(ops, kind, on.name, unforcedOps, unforcedBytes, landed, landedBytes);
    }

    static void closed(PowerLossChannel ch) {
        OPEN.remove(ch);
    }

    /// A write (data != null) or a truncate (data == null) not yet forced to the disk.
    record Op(long position, byte[] data) {

        void applyTo(FileChannel disk) throws IOException {
            if (data == null) {
                if (disk.size() > position) {
                    disk.truncate(position);
                }
            } else {
                writeFully(disk, ByteBuffer.wrap(data), position);
            }
        }

        @Override
        public String toString() {
            return data == null ? "truncate@" + position : "write@" + position + "+" + data.length;
        }
    }

    static void writeFully(FileChannel ch, ByteBuffer src, long position) throws IOException {
        long p = position;
        while (src.hasRemaining()) {
            p += ch.write(src, p);
        }
    }

    /// A channel whose writes reach the real file only when forced. All methods take the class lock.
    static final class PowerLossChannel extends FileBaseDefault {

        final String name;
        private final FileChannel disk;
        private byte[] cache;
        private long size;
        final List<Op> unforced = new ArrayList<>();
        private boolean dead;

        PowerLossChannel(String name, FileChannel disk) throws IOException {
            this.name = name;
            this.disk = disk;
            long n = disk.size();
            if (n > Integer.MAX_VALUE / 2) {
                throw new IOException("too large for the power-loss simulation: " + n);
            }
            cache = new byte[(int) Math.max(n, 4096)];
            ByteBuffer b = ByteBuffer.wrap(cache, 0, (int) n);
            while (b.hasRemaining() && disk.read(b, b.position()) >= 0) {
                // read the whole file
            }
            size = n;
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            synchronized (PowerLossFilePath.class) {
                check();
                if (position >= size) {
                    return -1;
                }
                int len = (int) Math.min(dst.remaining(), size - position);
                dst.put(cache, (int) position, len);
                return len;
            }
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            synchronized (PowerLossFilePath.class) {
                check();
                tick("write", this, position, src.remaining());
                int len = src.remaining();
                long end = position + len;
                if (end > cache.length) {
                    if (end > Integer.MAX_VALUE / 2) {
                        throw new IOException("too large for the power-loss simulation: " + end);
                    }
                    cache = Arrays.copyOf(cache, (int) Math.max(end, cache.length * 2L));
                }
                if (position > size) {
                    Arrays.fill(cache, (int) size, (int) position, (byte) 0);
                }
                byte[] data = new byte[len];
                src.get(data);
                System.arraycopy(data, 0, cache, (int) position, len);
                size = Math.max(size, end);
                unforced.add(new Op(position, data));
                return len;
            }
        }

        @Override
        protected void implTruncate(long newSize) throws IOException {
            synchronized (PowerLossFilePath.class) {
                check();
                tick("truncate", this, newSize, 0);
                if (newSize < size) {
                    size = newSize;
                    unforced.add(new Op(newSize, null));
                }
            }
        }

        @Override
        public long size() throws IOException {
            synchronized (PowerLossFilePath.class) {
                check();
                return size;
            }
        }

        /// The only way data becomes durable: what was written so far lands on the disk, in order.
        @Override
        public void force(boolean metaData) throws IOException {
            synchronized (PowerLossFilePath.class) {
                check();
                tick("force", this, 0, 0);
                for (Op op : unforced) {
                    op.applyTo(disk);
                }
                unforced.clear();
                // no real fsync: the simulation only needs the order of events, and this keeps the test fast
            }
        }

        @Override
        public FileLock tryLock(long position, long len, boolean shared) throws IOException {
            synchronized (PowerLossFilePath.class) {
                check();
                FileLock real = disk.tryLock(position, len, shared);
                return real == null ? null : new Lock(this, real);
            }
        }

        /// A normal close (no cut): the OS writes its cache back in its own time, so nothing is lost.
        @Override
        protected void implCloseChannel() throws IOException {
            synchronized (PowerLossFilePath.class) {
                PowerLossFilePath.closed(this);
                if (dead) {
                    return;
                }
                dead = true;
                try {
                    for (Op op : unforced) {
                        op.applyTo(disk);
                    }
                    unforced.clear();
                } finally {
                    disk.close();
                }
            }
        }

        /// At the cut: lets some of the unforced writes land (as `fate` says), drops the rest, closes the real
        /// file. Returns {pieces landed, bytes landed}.
        long[] loseUnforced(Random rnd, Landing fate, double keepProbability) throws IOException {
            long pieces = 0;
            long bytes = 0;
            try {
                // the unforced writes cut into sector pieces aligned to the file position, in issue order
                List<Op> split = new ArrayList<>();
                for (Op op : unforced) {
                    if (op.data == null) {
                        split.add(op);
                        continue;
                    }
                    long end = op.position + op.data.length;
                    for (long p = op.position; p < end; ) {
                        long next = Math.min(end, (p / SECTOR + 1) * SECTOR);
                        int from = (int) (p - op.position);
                        split.add(new Op(p, Arrays.copyOfRange(op.data, from, from + (int) (next - p))));
                        p = next;
                    }
                }
                int prefix = fate == Landing.PREFIX ? rnd.nextInt(split.size() + 1) : 0;
                for (int i = 0; i < split.size(); i++) {
                    boolean lands = switch (fate) {
                        case NONE -> false;
                        case PREFIX -> i < prefix;
                        case SUBSET -> rnd.nextDouble() < keepProbability;
                    };
                    if (lands) {
                        Op piece = split.get(i);
                        piece.applyTo(disk);
                        pieces++;
                        bytes += piece.data == null ? 0 : piece.data.length;
                    }
                }
            } finally {
                unforced.clear();
                dead = true;
                disk.close();
            }
            return new long[] {pieces, bytes};
        }

        private void check() throws IOException {
            if (dead) {
                throw new IOException("simulated power loss: channel closed or no power");
            }
            alive();
        }

        @Override
        public String toString() {
            return SCHEME + ":" + name;
        }
    }

    /// H2 releases its file lock on close; after a cut the real channel is already closed (which released it).
    private static final class Lock extends FileLock {

        private final FileLock real;

        Lock(FileChannel channel, FileLock real) {
            super(channel, real.position(), real.size(), real.isShared());
            this.real = real;
        }

        @Override
        public boolean isValid() {
            return real.isValid();
        }

        @Override
        public void release() throws IOException {
            if (real.channel().isOpen()) {
                real.release();
            }
        }
    }
}
