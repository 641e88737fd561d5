import { defineBackground } from 'wxt/utils/define-background';
import { listen } from '../components/background/handlers';

export default defineBackground(() => {
  listen();
});
