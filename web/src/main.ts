import urql from '@urql/vue';
import { createApp } from 'vue';
import App from './app/App.vue';
import { router } from './app/router';
import { client } from './app/urql-client';
import { i18n } from './i18n';
import './app/styles.css';

createApp(App).use(i18n).use(router).use(urql, client).mount('#app');
