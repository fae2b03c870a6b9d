import { DeskNotFound } from "@/components/ui/desk-not-found";

export default function NotFound() {
  return <DeskNotFound />;
}
