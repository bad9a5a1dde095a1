/** An analysis thread that cannot start, for the pool's fallback test. */
throw new Error('models missing');
