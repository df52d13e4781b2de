import type { FastifyReply } from 'fastify';
import { attachmentHeader } from '../../documents/attachment-name';

/**
 * Sends a made file as a download. Its routes declare only their error answers: the 200 answer is bytes, which
 * Fastify sends without a serializer, so the reply is typed here without the routes' JSON response schemas.
 */
export function sendDocument(reply: FastifyReply, contentType: string, fileName: string, bytes: Buffer) {
  return reply.type(contentType).header('content-disposition', attachmentHeader(fileName)).send(bytes);
}

/** Sends made text inline (a calendar feed a calendar app reads), typed like `sendDocument`. */
export function sendText(reply: FastifyReply, contentType: string, text: string) {
  return reply.type(contentType).send(text);
}
