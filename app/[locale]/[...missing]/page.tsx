import { notFound } from "next/navigation";

// Any address under the site that no page answers gets the 404 page in the reader's language.
export default function Missing() {
  notFound();
}
