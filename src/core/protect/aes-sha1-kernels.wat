;; The two kernels of a WinZip AES-256 entry, in WebAssembly:
;;  - ctr:  AES-256 in WinZip's counter mode (little-endian 128-bit counter, first block 1): the
;;          same cipher as aes256-ctr-le.ts (FIPS-197, four T-tables), written for little-endian
;;          words so the keystream XORs onto the data with plain i32 loads and stores;
;;  - sha1: the SHA-1 compression function, for HMAC-SHA1 over the ciphertext (sha1-wasm.ts).
;;
;; Assembled by tests/integration/protect/wat/generate-kernels-wasm.js into aes-sha1-kernels-bytes.ts
;; (a test holds the two equal). Kept under 4 KiB: Chromium compiles a module synchronously on the
;; main thread only up to that size, and aes-sha1-kernels-wasm.ts compiles synchronously.
;;
;; Memory (filled by aes-sha1-kernels-wasm.ts; no data segment, to stay small):
;;      0  Te0 (256 words)  Te0[x] = 2·S[x] | S[x] << 8 | S[x] << 16 | 3·S[x] << 24
;;   1024  Te1 = Te0 rotated left by 8     2048  Te2 (by 16)     3072  Te3 (by 24)
;;   4096  S-box (256 bytes)
;;   4352  round keys: 60 words, each the little-endian load of FIPS-197's bytes
;;   4864  SHA-1 state H0..H4 (5 words)        4896  SHA-1 message schedule W[0..79]
;;   8192  data: up to 64 KiB, XORed with the keystream in place, or hashed
;;
;; A state word holds one column, row 0 in the low byte. Round r, column j:
;;   t_j = Te0[b0(s_j)] ^ Te1[b1(s_j+1)] ^ Te2[b2(s_j+2)] ^ Te3[b3(s_j+3)] ^ rk[4r + j]
;; (indices mod 4). A table index is (s >> 8i) & 255, scaled by 4: (s << 2) & 1020,
;; (s >> 6) & 1020, (s >> 14) & 1020, (s >> 22) & 1020.
;;
;; Counter-mode caching: counters below 2^32 differ from block to block in their low byte only
;; (word 0, bits 0-7; words 1-3 are zero). So in round 1 only column 0's Te0 term changes within
;; a run of 256 counters, and in round 2 one term of each column (all from t0). Those runs share
;; A0 (round 1, column 0 without its Te0 term) and B0..B3 (round 2 without their t0 terms):
;; 5 lookups instead of 32 for the first two rounds.
(module
  (memory (export "memory") 2)

  ;; data[8192, 8192 + 16·blocks) ^= keystream of counters n, n+1, … (n + blocks ≤ 2^32)
  (func $ctr (export "ctr") (param $n i32) (param $blocks i32)
    (local $p i32) (local $end i32) (local $k i32) (local $run i32)
    (local $s0 i32) (local $s1 i32) (local $s2 i32) (local $s3 i32)
    (local $t0 i32) (local $t1 i32) (local $t2 i32) (local $t3 i32)
    (local $a0 i32) (local $b0 i32) (local $b1 i32) (local $b2 i32) (local $b3 i32)
    (local.set $p (i32.const 8192))
    (local.set $end (i32.add (i32.const 8192) (i32.shl (local.get $blocks) (i32.const 4))))
    ;; a run number that is not n's, so the first block computes the run's constants
    (local.set $run (i32.xor (i32.and (local.get $n) (i32.const -256)) (i32.const 256)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))

        ;; ---- a new run of 256 counters: A0 and B0..B3
        (if (i32.ne (i32.and (local.get $n) (i32.const -256)) (local.get $run))
          (then
            (local.set $run (i32.and (local.get $n) (i32.const -256)))
            ;; round 0 with the low byte of the counter left at 0 (it only feeds Te0 of column 0)
            (local.set $s0 (i32.xor (local.get $run) (i32.load offset=4352 (i32.const 0))))
            (local.set $s1 (i32.load offset=4356 (i32.const 0)))
            (local.set $s2 (i32.load offset=4360 (i32.const 0)))
            (local.set $s3 (i32.load offset=4364 (i32.const 0)))
            ;; round 1
            (local.set $a0 (i32.xor (i32.xor (i32.xor
                (i32.load offset=1024 (i32.and (i32.shr_u (local.get $s1) (i32.const 6)) (i32.const 1020)))
                (i32.load offset=2048 (i32.and (i32.shr_u (local.get $s2) (i32.const 14)) (i32.const 1020))))
                (i32.load offset=3072 (i32.and (i32.shr_u (local.get $s3) (i32.const 22)) (i32.const 1020))))
                (i32.load offset=4368 (i32.const 0))))
            (local.set $t1 (i32.xor (i32.xor (i32.xor (i32.xor
                (i32.load (i32.and (i32.shl (local.get $s1) (i32.const 2)) (i32.const 1020)))
                (i32.load offset=1024 (i32.and (i32.shr_u (local.get $s2) (i32.const 6)) (i32.const 1020))))
                (i32.load offset=2048 (i32.and (i32.shr_u (local.get $s3) (i32.const 14)) (i32.const 1020))))
                (i32.load offset=3072 (i32.and (i32.shr_u (local.get $s0) (i32.const 22)) (i32.const 1020))))
                (i32.load offset=4372 (i32.const 0))))
            (local.set $t2 (i32.xor (i32.xor (i32.xor (i32.xor
                (i32.load (i32.and (i32.shl (local.get $s2) (i32.const 2)) (i32.const 1020)))
                (i32.load offset=1024 (i32.and (i32.shr_u (local.get $s3) (i32.const 6)) (i32.const 1020))))
                (i32.load offset=2048 (i32.and (i32.shr_u (local.get $s0) (i32.const 14)) (i32.const 1020))))
                (i32.load offset=3072 (i32.and (i32.shr_u (local.get $s1) (i32.const 22)) (i32.const 1020))))
                (i32.load offset=4376 (i32.const 0))))
            (local.set $t3 (i32.xor (i32.xor (i32.xor (i32.xor
                (i32.load (i32.and (i32.shl (local.get $s3) (i32.const 2)) (i32.const 1020)))
                (i32.load offset=1024 (i32.and (i32.shr_u (local.get $s0) (i32.const 6)) (i32.const 1020))))
                (i32.load offset=2048 (i32.and (i32.shr_u (local.get $s1) (i32.const 14)) (i32.const 1020))))
                (i32.load offset=3072 (i32.and (i32.shr_u (local.get $s2) (i32.const 22)) (i32.const 1020))))
                (i32.load offset=4380 (i32.const 0))))
            ;; round 2, each column without its t0 term
            (local.set $b0 (i32.xor (i32.xor (i32.xor
                (i32.load offset=1024 (i32.and (i32.shr_u (local.get $t1) (i32.const 6)) (i32.const 1020)))
                (i32.load offset=2048 (i32.and (i32.shr_u (local.get $t2) (i32.const 14)) (i32.const 1020))))
                (i32.load offset=3072 (i32.and (i32.shr_u (local.get $t3) (i32.const 22)) (i32.const 1020))))
                (i32.load offset=4384 (i32.const 0))))
            (local.set $b1 (i32.xor (i32.xor (i32.xor
                (i32.load (i32.and (i32.shl (local.get $t1) (i32.const 2)) (i32.const 1020)))
                (i32.load offset=1024 (i32.and (i32.shr_u (local.get $t2) (i32.const 6)) (i32.const 1020))))
                (i32.load offset=2048 (i32.and (i32.shr_u (local.get $t3) (i32.const 14)) (i32.const 1020))))
                (i32.load offset=4388 (i32.const 0))))
            (local.set $b2 (i32.xor (i32.xor (i32.xor
                (i32.load (i32.and (i32.shl (local.get $t2) (i32.const 2)) (i32.const 1020)))
                (i32.load offset=1024 (i32.and (i32.shr_u (local.get $t3) (i32.const 6)) (i32.const 1020))))
                (i32.load offset=3072 (i32.and (i32.shr_u (local.get $t1) (i32.const 22)) (i32.const 1020))))
                (i32.load offset=4392 (i32.const 0))))
            (local.set $b3 (i32.xor (i32.xor (i32.xor
                (i32.load (i32.and (i32.shl (local.get $t3) (i32.const 2)) (i32.const 1020)))
                (i32.load offset=2048 (i32.and (i32.shr_u (local.get $t1) (i32.const 14)) (i32.const 1020))))
                (i32.load offset=3072 (i32.and (i32.shr_u (local.get $t2) (i32.const 22)) (i32.const 1020))))
                (i32.load offset=4396 (i32.const 0))))))

        ;; ---- rounds 1 and 2 from the cached run constants
        (local.set $t0 (i32.xor
            (i32.load (i32.and (i32.shl (i32.xor (local.get $n) (i32.load offset=4352 (i32.const 0))) (i32.const 2)) (i32.const 1020)))
            (local.get $a0)))
        (local.set $s0 (i32.xor (i32.load (i32.and (i32.shl (local.get $t0) (i32.const 2)) (i32.const 1020))) (local.get $b0)))
        (local.set $s1 (i32.xor (i32.load offset=3072 (i32.and (i32.shr_u (local.get $t0) (i32.const 22)) (i32.const 1020))) (local.get $b1)))
        (local.set $s2 (i32.xor (i32.load offset=2048 (i32.and (i32.shr_u (local.get $t0) (i32.const 14)) (i32.const 1020))) (local.get $b2)))
        (local.set $s3 (i32.xor (i32.load offset=1024 (i32.and (i32.shr_u (local.get $t0) (i32.const 6)) (i32.const 1020))) (local.get $b3)))

        ;; ---- rounds 3..13: round keys at 4400 (word 12) up to 4576 (word 56)
        (local.set $k (i32.const 4400))
        (loop $round
          (local.set $t0 (i32.xor (i32.xor (i32.xor (i32.xor
              (i32.load (i32.and (i32.shl (local.get $s0) (i32.const 2)) (i32.const 1020)))
              (i32.load offset=1024 (i32.and (i32.shr_u (local.get $s1) (i32.const 6)) (i32.const 1020))))
              (i32.load offset=2048 (i32.and (i32.shr_u (local.get $s2) (i32.const 14)) (i32.const 1020))))
              (i32.load offset=3072 (i32.and (i32.shr_u (local.get $s3) (i32.const 22)) (i32.const 1020))))
              (i32.load (local.get $k))))
          (local.set $t1 (i32.xor (i32.xor (i32.xor (i32.xor
              (i32.load (i32.and (i32.shl (local.get $s1) (i32.const 2)) (i32.const 1020)))
              (i32.load offset=1024 (i32.and (i32.shr_u (local.get $s2) (i32.const 6)) (i32.const 1020))))
              (i32.load offset=2048 (i32.and (i32.shr_u (local.get $s3) (i32.const 14)) (i32.const 1020))))
              (i32.load offset=3072 (i32.and (i32.shr_u (local.get $s0) (i32.const 22)) (i32.const 1020))))
              (i32.load offset=4 (local.get $k))))
          (local.set $t2 (i32.xor (i32.xor (i32.xor (i32.xor
              (i32.load (i32.and (i32.shl (local.get $s2) (i32.const 2)) (i32.const 1020)))
              (i32.load offset=1024 (i32.and (i32.shr_u (local.get $s3) (i32.const 6)) (i32.const 1020))))
              (i32.load offset=2048 (i32.and (i32.shr_u (local.get $s0) (i32.const 14)) (i32.const 1020))))
              (i32.load offset=3072 (i32.and (i32.shr_u (local.get $s1) (i32.const 22)) (i32.const 1020))))
              (i32.load offset=8 (local.get $k))))
          (local.set $s3 (i32.xor (i32.xor (i32.xor (i32.xor
              (i32.load (i32.and (i32.shl (local.get $s3) (i32.const 2)) (i32.const 1020)))
              (i32.load offset=1024 (i32.and (i32.shr_u (local.get $s0) (i32.const 6)) (i32.const 1020))))
              (i32.load offset=2048 (i32.and (i32.shr_u (local.get $s1) (i32.const 14)) (i32.const 1020))))
              (i32.load offset=3072 (i32.and (i32.shr_u (local.get $s2) (i32.const 22)) (i32.const 1020))))
              (i32.load offset=12 (local.get $k))))
          (local.set $s0 (local.get $t0))
          (local.set $s1 (local.get $t1))
          (local.set $s2 (local.get $t2))
          (local.set $k (i32.add (local.get $k) (i32.const 16)))
          (br_if $round (i32.lt_u (local.get $k) (i32.const 4576))))

        ;; ---- round 14 (SubBytes, ShiftRows, AddRoundKey), XORed onto the data
        (i32.store (local.get $p) (i32.xor (i32.load (local.get $p)) (i32.xor (i32.load offset=4576 (i32.const 0))
            (i32.or (i32.or (i32.or
              (i32.load8_u offset=4096 (i32.and (local.get $s0) (i32.const 255)))
              (i32.shl (i32.load8_u offset=4096 (i32.and (i32.shr_u (local.get $s1) (i32.const 8)) (i32.const 255))) (i32.const 8)))
              (i32.shl (i32.load8_u offset=4096 (i32.and (i32.shr_u (local.get $s2) (i32.const 16)) (i32.const 255))) (i32.const 16)))
              (i32.shl (i32.load8_u offset=4096 (i32.shr_u (local.get $s3) (i32.const 24))) (i32.const 24))))))
        (i32.store offset=4 (local.get $p) (i32.xor (i32.load offset=4 (local.get $p)) (i32.xor (i32.load offset=4580 (i32.const 0))
            (i32.or (i32.or (i32.or
              (i32.load8_u offset=4096 (i32.and (local.get $s1) (i32.const 255)))
              (i32.shl (i32.load8_u offset=4096 (i32.and (i32.shr_u (local.get $s2) (i32.const 8)) (i32.const 255))) (i32.const 8)))
              (i32.shl (i32.load8_u offset=4096 (i32.and (i32.shr_u (local.get $s3) (i32.const 16)) (i32.const 255))) (i32.const 16)))
              (i32.shl (i32.load8_u offset=4096 (i32.shr_u (local.get $s0) (i32.const 24))) (i32.const 24))))))
        (i32.store offset=8 (local.get $p) (i32.xor (i32.load offset=8 (local.get $p)) (i32.xor (i32.load offset=4584 (i32.const 0))
            (i32.or (i32.or (i32.or
              (i32.load8_u offset=4096 (i32.and (local.get $s2) (i32.const 255)))
              (i32.shl (i32.load8_u offset=4096 (i32.and (i32.shr_u (local.get $s3) (i32.const 8)) (i32.const 255))) (i32.const 8)))
              (i32.shl (i32.load8_u offset=4096 (i32.and (i32.shr_u (local.get $s0) (i32.const 16)) (i32.const 255))) (i32.const 16)))
              (i32.shl (i32.load8_u offset=4096 (i32.shr_u (local.get $s1) (i32.const 24))) (i32.const 24))))))
        (i32.store offset=12 (local.get $p) (i32.xor (i32.load offset=12 (local.get $p)) (i32.xor (i32.load offset=4588 (i32.const 0))
            (i32.or (i32.or (i32.or
              (i32.load8_u offset=4096 (i32.and (local.get $s3) (i32.const 255)))
              (i32.shl (i32.load8_u offset=4096 (i32.and (i32.shr_u (local.get $s0) (i32.const 8)) (i32.const 255))) (i32.const 8)))
              (i32.shl (i32.load8_u offset=4096 (i32.and (i32.shr_u (local.get $s1) (i32.const 16)) (i32.const 255))) (i32.const 16)))
              (i32.shl (i32.load8_u offset=4096 (i32.shr_u (local.get $s2) (i32.const 24))) (i32.const 24))))))

        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (br $next))))
  ;; SHA-1 (FIPS 180-4 §6.1.2) over data[8192, 8192 + 64·blocks): the state H0..H4 at 4864,
  ;; updated in place; the message schedule W[0..79] at 4896. Message words are big-endian:
  ;; bswap(x) = (rotl(x, 8) & 0x00ff00ff) | (rotr(x, 8) & 0xff00ff00).
  (func $sha1 (export "sha1") (param $blocks i32)
    (local $p i32) (local $end i32) (local $i i32) (local $t i32)
    (local $a i32) (local $b i32) (local $c i32) (local $d i32) (local $e i32)
    (local.set $p (i32.const 8192))
    (local.set $end (i32.add (i32.const 8192) (i32.shl (local.get $blocks) (i32.const 6))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        ;; W[0..15]: the block's words, big-endian
        (local.set $i (i32.const 0))
        (loop $load
          (local.set $t (i32.load (i32.add (local.get $p) (local.get $i))))
          (i32.store offset=4896 (local.get $i) (i32.or
              (i32.and (i32.rotl (local.get $t) (i32.const 8)) (i32.const 0x00ff00ff))
              (i32.and (i32.rotr (local.get $t) (i32.const 8)) (i32.const 0xff00ff00))))
          (local.set $i (i32.add (local.get $i) (i32.const 4)))
          (br_if $load (i32.lt_u (local.get $i) (i32.const 64))))
        ;; W[16..79] = rotl(W[i-3] ^ W[i-8] ^ W[i-14] ^ W[i-16], 1)   (byte offsets: 4i)
        (loop $expand
          (i32.store offset=4896 (local.get $i) (i32.rotl (i32.xor (i32.xor (i32.xor
              (i32.load offset=4884 (local.get $i))
              (i32.load offset=4864 (local.get $i)))
              (i32.load offset=4840 (local.get $i)))
              (i32.load offset=4832 (local.get $i))) (i32.const 1)))
          (local.set $i (i32.add (local.get $i) (i32.const 4)))
          (br_if $expand (i32.lt_u (local.get $i) (i32.const 320))))
        (local.set $a (i32.load offset=4864 (i32.const 0)))
        (local.set $b (i32.load offset=4868 (i32.const 0)))
        (local.set $c (i32.load offset=4872 (i32.const 0)))
        (local.set $d (i32.load offset=4876 (i32.const 0)))
        (local.set $e (i32.load offset=4880 (i32.const 0)))
        (local.set $i (i32.const 0))
        ;; rounds 0..19
        (loop $f1
          (local.set $t (i32.add (i32.add (i32.add (i32.add (i32.rotl (local.get $a) (i32.const 5))
              (i32.xor (local.get $d) (i32.and (local.get $b) (i32.xor (local.get $c) (local.get $d)))))
              (local.get $e)) (i32.const 0x5a827999)) (i32.load offset=4896 (local.get $i))))
          (local.set $e (local.get $d))
          (local.set $d (local.get $c))
          (local.set $c (i32.rotl (local.get $b) (i32.const 30)))
          (local.set $b (local.get $a))
          (local.set $a (local.get $t))
          (local.set $i (i32.add (local.get $i) (i32.const 4)))
          (br_if $f1 (i32.lt_u (local.get $i) (i32.const 80))))
        ;; rounds 20..39
        (loop $f2
          (local.set $t (i32.add (i32.add (i32.add (i32.add (i32.rotl (local.get $a) (i32.const 5))
              (i32.xor (i32.xor (local.get $b) (local.get $c)) (local.get $d)))
              (local.get $e)) (i32.const 0x6ed9eba1)) (i32.load offset=4896 (local.get $i))))
          (local.set $e (local.get $d))
          (local.set $d (local.get $c))
          (local.set $c (i32.rotl (local.get $b) (i32.const 30)))
          (local.set $b (local.get $a))
          (local.set $a (local.get $t))
          (local.set $i (i32.add (local.get $i) (i32.const 4)))
          (br_if $f2 (i32.lt_u (local.get $i) (i32.const 160))))
        ;; rounds 40..59
        (loop $f3
          (local.set $t (i32.add (i32.add (i32.add (i32.add (i32.rotl (local.get $a) (i32.const 5))
              (i32.or (i32.and (local.get $b) (local.get $c)) (i32.and (local.get $d) (i32.or (local.get $b) (local.get $c)))))
              (local.get $e)) (i32.const 0x8f1bbcdc)) (i32.load offset=4896 (local.get $i))))
          (local.set $e (local.get $d))
          (local.set $d (local.get $c))
          (local.set $c (i32.rotl (local.get $b) (i32.const 30)))
          (local.set $b (local.get $a))
          (local.set $a (local.get $t))
          (local.set $i (i32.add (local.get $i) (i32.const 4)))
          (br_if $f3 (i32.lt_u (local.get $i) (i32.const 240))))
        ;; rounds 60..79
        (loop $f4
          (local.set $t (i32.add (i32.add (i32.add (i32.add (i32.rotl (local.get $a) (i32.const 5))
              (i32.xor (i32.xor (local.get $b) (local.get $c)) (local.get $d)))
              (local.get $e)) (i32.const 0xca62c1d6)) (i32.load offset=4896 (local.get $i))))
          (local.set $e (local.get $d))
          (local.set $d (local.get $c))
          (local.set $c (i32.rotl (local.get $b) (i32.const 30)))
          (local.set $b (local.get $a))
          (local.set $a (local.get $t))
          (local.set $i (i32.add (local.get $i) (i32.const 4)))
          (br_if $f4 (i32.lt_u (local.get $i) (i32.const 320))))
        (i32.store offset=4864 (i32.const 0) (i32.add (i32.load offset=4864 (i32.const 0)) (local.get $a)))
        (i32.store offset=4868 (i32.const 0) (i32.add (i32.load offset=4868 (i32.const 0)) (local.get $b)))
        (i32.store offset=4872 (i32.const 0) (i32.add (i32.load offset=4872 (i32.const 0)) (local.get $c)))
        (i32.store offset=4876 (i32.const 0) (i32.add (i32.load offset=4876 (i32.const 0)) (local.get $d)))
        (i32.store offset=4880 (i32.const 0) (i32.add (i32.load offset=4880 (i32.const 0)) (local.get $e)))
        (local.set $p (i32.add (local.get $p) (i32.const 64)))
        (br $next)))))
