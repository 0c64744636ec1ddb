// Entry point: mounts the app shell into the page.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (target === null) throw new Error('index.html has no #app element to mount into.');

export default mount(App, { target });
