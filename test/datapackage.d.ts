// The little of the Frictionless JavaScript library (datapackage 1.1.10, no types of its
// own) that test/site/export.test.ts uses to read the published Data Package.
declare module "datapackage" {
  interface Resource {
    read(options: { keyed: boolean; cast: boolean }): Promise<unknown[]>;
  }
  interface Package {
    readonly valid: boolean;
    readonly errors: readonly Error[];
    readonly resources: readonly Resource[];
  }
  const datapackage: { Package: { load(descriptor: string): Promise<Package> } };
  export default datapackage;
}
