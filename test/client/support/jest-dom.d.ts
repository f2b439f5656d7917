// Types for the matchers that jest.config.js loads with setupFilesAfterEnv (toBeInTheDocument, …).
/// <reference types="@testing-library/jest-dom" />
